package org.onewindow.catalog.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.onewindow.catalog.CatalogServiceApplication;
import org.onewindow.contracts.EventJson;
import org.onewindow.contracts.EventTypes;
import org.onewindow.contracts.Topics;
import org.onewindow.platform.testsupport.InfrastructureSupport;
import org.onewindow.platform.testsupport.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** Draft → publish (immutable numbered versions) → retire, with history, events and the change feed. */
@SpringBootTest(classes = CatalogServiceApplication.class)
@AutoConfigureMockMvc
class ItemLifecycleIntegrationTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        InfrastructureSupport.register(registry, "catalog_lifecycle_test");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    final String code = ItemDraftIntegrationTest.CODE.substring(0, 28) + "201";

    @Test
    void draftPublishEditPublishRetire() throws Exception {
        var json = ItemDraftIntegrationTest.withCode(ItemDraftIntegrationTest.sample(), code);
        var admin = Tokens.role("catalog-admin");
        mvc.perform(post("/api/catalog/items")
                        .with(admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/catalog/items/" + code)).andExpect(status().isNotFound());

        mvc.perform(post("/api/catalog/items/" + code + "/publish").with(admin))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/catalog/items/" + code + "/versions/1"))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(post("/api/catalog/items/" + code + "/publish").with(admin)).andExpect(status().isConflict());

        var edited = json.replace("\"promisedLimitDays\": 10", "\"promisedLimitDays\": 8");
        mvc.perform(put("/api/catalog/items/" + code + "/draft")
                        .with(admin)
                        .header("If-Match", "\"99\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(edited))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(put("/api/catalog/items/" + code + "/draft")
                        .with(admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(edited.replace(code, code.substring(0, 28) + "299")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("code-changed"));
        mvc.perform(put("/api/catalog/items/" + code + "/draft")
                        .with(admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(edited))
                .andExpect(status().isOk());
        mvc.perform(post("/api/catalog/items/" + code + "/publish").with(admin))
                .andExpect(jsonPath("$.version").value(2));

        mvc.perform(get("/api/catalog/items/" + code))
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.guide.promisedLimitDays").value(8));
        mvc.perform(get("/api/catalog/items/" + code + "/versions/1"))
                .andExpect(jsonPath("$.guide.promisedLimitDays").value(10));
        mvc.perform(get("/api/catalog/items/" + code + "/versions")).andExpect(jsonPath("$", hasSize(2)));
        assertThat(jdbc.sql("select changes::text from item_change where code = :code and action = 'DRAFT_EDITED'")
                        .param("code", code)
                        .query(String.class)
                        .single())
                .isEqualTo("[\"promisedLimitDays\"]");

        mvc.perform(post("/api/catalog/items/" + code + "/retire")
                        .with(admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/catalog/items/" + code + "/retire")
                        .with(admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"merged into a new item\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(put("/api/catalog/items/" + code + "/draft")
                        .with(admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(edited))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/catalog/items/" + code))
                .andExpect(jsonPath("$.status").value("RETIRED"));

        var events = InfrastructureSupport.readUntil(
                Topics.CATALOG_ITEM,
                Duration.ofSeconds(30),
                seen -> seen.stream().filter(r -> code.equals(r.key())).count() >= 3);
        var types = events.stream()
                .filter(r -> code.equals(r.key()))
                .map(r -> EventJson.read(r.value()).type())
                .toList();
        assertThat(types).containsExactly("ItemPublished", "ItemPublished", "ItemRetired");
        var second = events.stream()
                .filter(r -> code.equals(r.key()))
                .map(r -> EventJson.read(r.value()))
                .filter(e -> e.type().equals("ItemPublished"))
                .map(e -> e.payloadAs(EventTypes.ITEM_PUBLISHED))
                .toList()
                .get(1);
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.guide().promisedLimitDays()).isEqualTo(8);
        assertThat(second.guide().materials()).hasSize(4);
    }

    @Test
    void changeFeedIsForThePlatformAndAdminsOnly() throws Exception {
        mvc.perform(get("/api/catalog/changes")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/catalog/changes").with(Tokens.role("applicant"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/catalog/changes?since=-1").with(Tokens.role("provincial-platform")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/catalog/changes?since=0").with(Tokens.role("provincial-platform")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nextCursor").isNumber());
    }
}
