package org.onewindow.catalog.item;

import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.onewindow.catalog.CatalogServiceApplication;
import org.onewindow.platform.testsupport.InfrastructureSupport;
import org.onewindow.platform.testsupport.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(classes = CatalogServiceApplication.class)
@AutoConfigureMockMvc
class ItemDraftIntegrationTest {

    static final String CODE = "11530000MB00000012XK00012000001";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        InfrastructureSupport.register(registry, "catalog_drafts_test");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    static String sample() throws IOException {
        return new ClassPathResource("items/publication-retail.json").getContentAsString(StandardCharsets.UTF_8);
    }

    static String withCode(String json, String code) {
        return json.replace(CODE, code);
    }

    @Test
    void catalogAdminCreatesADraftAndOthersCannot() throws Exception {
        var code = CODE.substring(0, 28) + "101";
        var json = withCode(sample(), code);
        mvc.perform(post("/api/catalog/items")
                        .with(Tokens.role("applicant"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/catalog/items")
                        .with(Tokens.role("catalog-admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/catalog/items/" + code + "/draft"))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.revision").value(1))
                .andExpect(jsonPath("$.draft.name").value("出版物零售单位设立审批"));
        mvc.perform(get("/api/catalog/items/" + code + "/draft").with(Tokens.role("catalog-admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.draft.materials[3].condition.field").value("premisesOwnership"));
        mvc.perform(get("/api/catalog/items/" + code + "/draft")).andExpect(status().isUnauthorized());
        Assertions.assertThat(changesOf(code)).isEqualTo(1);
    }

    @Test
    void everyProblemOfABadItemIsReportedAtOnceAndNothingIsWritten() throws Exception {
        var bad = sample().replace(CODE, "91350100M000100Y44XK00012000001")
                .replace("\"promisedLimitDays\": 10", "\"promisedLimitDays\": 30")
                .replace("\"maxVisits\": 0", "\"maxVisits\": 1")
                .replace("\"field\": \"premisesOwnership\"", "\"field\": \"ownership\"")
                .replace("\"areaSquareMeters\": {\"type\": \"number\"", "\"areaSquareMeters\": {\"type\": \"decimal\"")
                .replace("\"name\": \"营业执照\"", "\"name\": \"\"");
        mvc.perform(post("/api/catalog/items")
                        .with(Tokens.role("catalog-admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(bad))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:validation"))
                .andExpect(jsonPath("$.errors[*].code")
                        .value(hasItems(
                                "invalid-implementation-code",
                                "promised-over-statutory",
                                "visits-with-full-online-handling",
                                "unknown-form-field",
                                "invalid-schema",
                                "required")))
                .andExpect(jsonPath("$.errors[*].field")
                        .value(hasItems(
                                "code",
                                "promisedLimitDays",
                                "maxVisits",
                                "materials[3].condition.field",
                                "materials[1].name")));
        Assertions.assertThat(jdbc.sql("select count(*) from item where code like '91350100M000100Y44%'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void duplicateCodeIsRefused() throws Exception {
        var code = CODE.substring(0, 28) + "102";
        var json = withCode(sample(), code);
        mvc.perform(post("/api/catalog/items")
                        .with(Tokens.role("catalog-admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/catalog/items")
                        .with(Tokens.role("catalog-admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("code"))
                .andExpect(jsonPath("$.errors[0].code").value("duplicate"));
        Assertions.assertThat(changesOf(code)).isEqualTo(1);
    }

    @Test
    void unknownFieldsAreRefused() throws Exception {
        var json = withCode(sample(), CODE.substring(0, 28) + "103").replaceFirst("\\{", "{\"secretFlag\": true,");
        mvc.perform(post("/api/catalog/items")
                        .with(Tokens.role("catalog-admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("unknown-field"))
                .andExpect(jsonPath("$.errors[0].field").value("secretFlag"));
    }

    @Test
    void oversizedBodyIsRefused() throws Exception {
        var json = withCode(sample(), CODE.substring(0, 28) + "104")
                .replace("\"keywords\": [", "\"keywords\": [\"" + "长".repeat(400_000) + "\",");
        mvc.perform(post("/api/catalog/items")
                        .with(Tokens.role("catalog-admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isContentTooLarge());
    }

    private long changesOf(String code) {
        return jdbc.sql("select count(*) from item_change where code = :code")
                .param("code", code)
                .query(Long.class)
                .single();
    }
}
