package org.onewindow.catalog.item;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
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

/** The catalog admin lists every item, drafts and retired ones too; nobody else does. */
@SpringBootTest(classes = CatalogServiceApplication.class)
@AutoConfigureMockMvc
class ItemListIntegrationTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        InfrastructureSupport.register(registry, "catalog_list_test");
    }

    @Autowired
    MockMvc mvc;

    final String drafted = ItemDraftIntegrationTest.CODE.substring(0, 28) + "301";
    final String published = ItemDraftIntegrationTest.CODE.substring(0, 28) + "302";

    @Test
    void theAdminListsDraftsAndPublishedItemsTheSearchDoesNotShow() throws Exception {
        var admin = Tokens.role("catalog-admin");
        create(drafted);
        create(published);
        mvc.perform(post("/api/catalog/items/" + published + "/publish").with(admin))
                .andExpect(status().isCreated());

        mvc.perform(get("/api/catalog/items").param("status", "").with(admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[0].code").value(drafted))
                .andExpect(jsonPath("$.items[0].status").value("DRAFT"))
                .andExpect(jsonPath("$.items[0].currentVersion").isEmpty())
                .andExpect(jsonPath("$.items[0].draftPending").value(true))
                .andExpect(jsonPath("$.items[0].name").value("出版物零售单位设立审批"))
                .andExpect(jsonPath("$.items[1].code").value(published))
                .andExpect(jsonPath("$.items[1].status").value("PUBLISHED"))
                .andExpect(jsonPath("$.items[1].currentVersion").value(1))
                .andExpect(jsonPath("$.items[1].draftPending").value(false));
        mvc.perform(get("/api/catalog/items").param("status", "draft").with(admin))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].code").value(drafted));
        mvc.perform(get("/api/catalog/items")
                        .param("status", "")
                        .param("size", "1")
                        .param("page", "1")
                        .with(admin))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[0].code").value(published));
        // the public search still knows only what is published
        mvc.perform(get("/api/catalog/items").with(admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].code", hasItem(published)))
                .andExpect(jsonPath("$.items[*].code", not(hasItem(drafted))));
    }

    @Test
    void anUnknownStatusIsAFieldProblem() throws Exception {
        mvc.perform(get("/api/catalog/items").param("status", "GONE").with(Tokens.role("catalog-admin")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"))
                .andExpect(jsonPath("$.errors[0].code").value("invalid-value"));
    }

    @Test
    void onlyTheCatalogAdminListsEveryItem() throws Exception {
        mvc.perform(get("/api/catalog/items").param("status", "")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/catalog/items").param("status", "").with(Tokens.role("applicant")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/catalog/items").param("status", "DRAFT").with(Tokens.role("clerk")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/catalog/items")).andExpect(status().isOk());
    }

    @Test
    void anEncodedSpellingOfThePathIsTheSameListingAndRefusedAlike() throws Exception {
        // the controller matches the decoded path: so must the rule that guards it
        var encoded = java.net.URI.create("/api/catalog/%69tems?status=");

        mvc.perform(get(encoded)).andExpect(status().isUnauthorized());
        mvc.perform(get(encoded).with(Tokens.role("applicant"))).andExpect(status().isForbidden());
    }

    private void create(String code) throws Exception {
        mvc.perform(post("/api/catalog/items")
                        .with(Tokens.role("catalog-admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(ItemDraftIntegrationTest.withCode(ItemDraftIntegrationTest.sample(), code)))
                .andExpect(status().isCreated());
    }
}
