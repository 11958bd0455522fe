package org.onewindow.catalog.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import org.junit.jupiter.api.Test;
import org.onewindow.catalog.CatalogServiceApplication;
import org.onewindow.platform.testsupport.InfrastructureSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The sample catalog is valid under every rule and lands published and searchable. */
@SpringBootTest(classes = CatalogServiceApplication.class, properties = "onewindow.catalog.seed=true")
@AutoConfigureMockMvc
class CatalogSeedIntegrationTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        InfrastructureSupport.register(registry, "catalog_seed_test");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    CatalogSeed seed;

    @Autowired
    ItemValidator validator;

    @Test
    void everySampleItemPassesEveryRule() {
        assertThat(seed.sampleItems())
                .hasSize(9)
                .allSatisfy(item ->
                        assertThat(validator.problemsOf(item)).as(item.name()).isEmpty());
        assertThat(seed.sampleItems())
                .anySatisfy(item ->
                        assertThat(item.reviewDepartments()).containsExactlyInAnyOrder("radio-tv", "publishing"));
        assertThat(seed.sampleItems())
                .anySatisfy(item -> assertThat(item.type()).isEqualTo(ItemDefinition.ItemType.GG));
    }

    @Test
    void theSampleCatalogIsPublishedAndSearchable() throws Exception {
        mvc.perform(get("/api/catalog/items").param("q", "出版物"))
                .andExpect(jsonPath("$.items[0].name").value(org.hamcrest.Matchers.startsWith("出版物")))
                .andExpect(jsonPath("$.total").value(4));
        mvc.perform(get("/api/catalog/items").param("size", "100"))
                .andExpect(jsonPath("$.total").value(9));
        mvc.perform(get("/api/catalog/items/11530000MB00000012XK00031000001"))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.guide.reviewDepartments.length()").value(2));
    }
}
