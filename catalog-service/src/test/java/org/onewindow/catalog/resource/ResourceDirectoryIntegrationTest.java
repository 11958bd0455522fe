package org.onewindow.catalog.resource;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
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

/**
 * Issue 18, the resource directory: the public reads what is open, staff and sharing clients the
 * whole sharing directory; a catalog admin's bad entry is refused with every problem at once; each
 * edit is the next version, in the resources' change feed.
 */
@SpringBootTest(classes = CatalogServiceApplication.class)
@AutoConfigureMockMvc
class ResourceDirectoryIntegrationTest {

    static final Path SEED = Path.of("src/main/resources/seed/resources");
    static final String CASES = "11530000MB00000012/00004";
    static final String RTV = "11530000MB00000012/00003";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        InfrastructureSupport.register(registry, "catalog_resources_test");
    }

    @Autowired
    MockMvc mvc;

    static String seed(String file) throws Exception {
        return Files.readString(SEED.resolve(file), StandardCharsets.UTF_8);
    }

    void create(String json) throws Exception {
        mvc.perform(post("/api/catalog/resources")
                        .with(Tokens.role("catalog-admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(1));
    }

    @Test
    void theSampleDirectoryIsValidThePublicReadsTheOpenOnesSharingReadersAll() throws Exception {
        try (Stream<Path> files = Files.list(SEED)) {
            for (var file :
                    files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                create(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        mvc.perform(get("/api/catalog/resources"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.view").value("OPEN"))
                .andExpect(jsonPath("$.resources[*].code", hasItem(RTV)))
                .andExpect(jsonPath("$.resources[*].code", not(hasItem(CASES))));
        mvc.perform(get("/api/catalog/resources/" + CASES)).andExpect(status().isNotFound());
        mvc.perform(get("/api/catalog/resources/" + RTV))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.resource.abstract").isNotEmpty())
                .andExpect(jsonPath("$.resource.sample").value(true));

        mvc.perform(get("/api/catalog/resources").param("view", "sharing")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/catalog/resources").param("view", "sharing").with(Tokens.role("applicant")))
                .andExpect(status().isForbidden());
        for (var reader : new String[] {"sharing-client", "reviewer", "supervisor"}) {
            mvc.perform(get("/api/catalog/resources").param("view", "sharing").with(Tokens.role(reader)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.view").value("SHARING"))
                    .andExpect(jsonPath("$.resources[*].code", hasItem(CASES)))
                    .andExpect(jsonPath("$.resources[*].resource.sharing", hasItem("NOT_SHARED")));
        }
        mvc.perform(get("/api/catalog/resources/" + CASES).with(Tokens.role("sharing-client")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.resource.sharing").value("CONDITIONAL"));
        mvc.perform(get("/api/catalog/resources").param("view", "everything").with(Tokens.role("sharing-client")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aBadEntryIsRefusedWithEveryProblemAtOnceAndNothingWritten() throws Exception {
        var bad = """
                {"code": "11530000MB00000012/90001", "name": "坏条目", "provider": "nowhere", "abstract": "x",
                 "format": "数据库", "updateCycle": "实时", "items": [{"name": "编号", "type": "Q", "length": 0}],
                 "sharing": "CONDITIONAL", "open": "CONDITIONAL", "itemCodes": ["XK00012000"], "sample": true}
                """;
        mvc.perform(post("/api/catalog/resources")
                        .with(Tokens.role("catalog-admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(bad))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath(
                        "$.errors[*].field",
                        containsInAnyOrder(
                                "items[0].type",
                                "items[0].length",
                                "provider",
                                "sharingCondition",
                                "openCondition",
                                "itemCodes[0]")));
        mvc.perform(get("/api/catalog/resources/11530000MB00000012/90001").with(Tokens.role("supervisor")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/catalog/resources")
                        .with(Tokens.role("reviewer"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(bad))
                .andExpect(status().isForbidden());
    }

    @Test
    void eachEditIsTheNextVersionInTheResourcesChangeFeed() throws Exception {
        var code = "11530000MB00000012/80001";
        var json = seed("02-printing-licences.json").replace("11530000MB00000012/00002", code);
        create(json);
        var admin = Tokens.role("catalog-admin");
        var edited = json.replace("\"updateCycle\": \"实时\"", "\"updateCycle\": \"每日\"");
        mvc.perform(put("/api/catalog/resources/" + code)
                        .with(admin)
                        .header("If-Match", "\"7\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(edited))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(put("/api/catalog/resources/" + code)
                        .with(admin)
                        .header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(edited))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"2\""))
                .andExpect(jsonPath("$.resource.updateCycle").value("每日"));
        mvc.perform(get("/api/catalog/resources/" + code + "/versions/1"))
                .andExpect(jsonPath("$.resource.updateCycle").value("实时"));
        mvc.perform(get("/api/catalog/changes").param("kind", "resource").with(Tokens.role("provincial-platform")))
                .andExpect(status().isOk())
                .andExpect(jsonPath(
                        "$.changes[?(@.code == '" + code + "')].action", containsInAnyOrder("CREATED", "EDITED")));
        mvc.perform(get("/api/catalog/changes").with(Tokens.role("provincial-platform")))
                .andExpect(jsonPath("$.changes[*].code", not(hasItem(code))));
    }

    @Test
    void theOpenApiDocumentListsTheDirectorySoThatTheFuzzReachesIt() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/catalog/resources'].post").exists())
                .andExpect(jsonPath("$.paths['/api/catalog/resources/{provider}/{sequence}'].put")
                        .exists());
    }
}
