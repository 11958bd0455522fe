package org.onewindow.catalog.item;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.onewindow.catalog.CatalogServiceApplication;
import org.onewindow.platform.testsupport.InfrastructureSupport;
import org.onewindow.platform.testsupport.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A confidential item is, to the public, an unknown code: not listed, not found, not readable. */
@SpringBootTest(classes = CatalogServiceApplication.class)
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConfidentialItemsIntegrationTest {

    static final String SECRET = ItemDraftIntegrationTest.CODE.substring(0, 28) + "301";
    static final String OPEN = ItemDraftIntegrationTest.CODE.substring(0, 28) + "302";
    static final String UNKNOWN = ItemDraftIntegrationTest.CODE.substring(0, 28) + "399";
    static final RequestPostProcessor ADMIN = Tokens.role("catalog-admin");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        InfrastructureSupport.register(registry, "catalog_confidential_test");
    }

    @Autowired
    MockMvc mvc;

    @BeforeAll
    void publishOneConfidentialAndOneOpenItem() throws Exception {
        publish(SECRET, "涉密载体印制审批", true);
        publish(OPEN, "涉密载体印制备案", false);
    }

    void publish(String code, String name, boolean confidential) throws Exception {
        var json = ItemDraftIntegrationTest.withCode(ItemDraftIntegrationTest.sample(), code)
                .replace("出版物零售单位设立审批", name)
                .replace("\"confidential\": false", "\"confidential\": " + confidential);
        mvc.perform(post("/api/catalog/items")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/catalog/items/" + code + "/publish").with(ADMIN)).andExpect(status().isCreated());
    }

    @Test
    void thePublicNeverReadsAConfidentialItemDirectly() throws Exception {
        for (var path : new String[] {"", "/versions", "/versions/1"}) {
            notFound(get("/api/catalog/items/" + SECRET + path));
            notFound(get("/api/catalog/items/" + SECRET + path).with(Tokens.user("applicant-1", "applicant")));
            notFound(get("/api/catalog/items/" + UNKNOWN + path));
            mvc.perform(get("/api/catalog/items/" + OPEN + path)).andExpect(status().isOk());
        }
    }

    @Test
    void staffStillReadTheConfidentialItem() throws Exception {
        for (var who : new RequestPostProcessor[] {ADMIN, Tokens.staff("reviewer-pub", "reviewer", "publishing")}) {
            mvc.perform(get("/api/catalog/items/" + SECRET).with(who))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.guide.confidential").value(true));
            mvc.perform(get("/api/catalog/items/" + SECRET + "/versions").with(who))
                    .andExpect(jsonPath("$", hasSize(1)));
            mvc.perform(get("/api/catalog/items/" + SECRET + "/versions/1").with(who))
                    .andExpect(status().isOk());
        }
    }

    @Test
    void searchLeavesConfidentialItemsOutForThePublicEvenAfterStaffSearchedTheSameWords() throws Exception {
        // staff first: a remembered staff page must not be handed to the public afterwards
        mvc.perform(get("/api/catalog/items").param("q", "涉密载体").with(ADMIN))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[*].code").value(hasItem(SECRET)));
        for (int i = 0; i < 2; i++) {
            mvc.perform(get("/api/catalog/items").param("q", "涉密载体"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.total").value(1))
                    .andExpect(jsonPath("$.items[*].code").value(not(hasItem(SECRET))));
        }
        mvc.perform(get("/api/catalog/items").param("size", "100"))
                .andExpect(jsonPath("$.items[*].code").value(hasItem(OPEN)))
                .andExpect(jsonPath("$.items[*].code").value(not(hasItem(SECRET))));
        mvc.perform(get("/api/catalog/items").param("q", "涉密载体").with(ADMIN))
                .andExpect(jsonPath("$.total").value(2));
    }

    private void notFound(MockHttpServletRequestBuilder request) throws Exception {
        mvc.perform(request)
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:not-found"));
    }
}
