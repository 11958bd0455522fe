package org.onewindow.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.onewindow.catalog.CatalogServiceApplication;
import org.onewindow.catalog.item.ItemDefinition;
import org.onewindow.platform.testsupport.InfrastructureSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** Chinese search over published items: whole words, two characters, filters, relevance, paging. */
@SpringBootTest(classes = CatalogServiceApplication.class)
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchIntegrationTest {

    static final String BUREAU = "11530000MB00000012";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        InfrastructureSupport.register(registry, "catalog_search_test");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    SearchIndex index;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    MeterRegistry meters;

    final Map<String, ItemDefinition> indexed = new HashMap<>();

    @BeforeAll
    void indexSomeItems() throws Exception {
        var sample = new ClassPathResource("items/publication-retail.json").getContentAsString(StandardCharsets.UTF_8);
        var names = new String[][] {
            {"XK00012000", "出版物零售单位设立审批", "publishing", "书店"},
            {"XK00013000", "出版物批发单位设立审批", "publishing", "批发"},
            {"XK00021000", "印刷经营许可证核发", "printing", "印刷厂"},
            {"XK00022000", "内部资料性出版物准印证核发", "printing", "准印证"},
            {"XK00031000", "广播电视节目制作经营许可证核发", "radio-tv", "节目制作"},
            {"XK00032000", "设置卫星电视广播地面接收设施审批", "radio-tv", "卫星"},
            {"GG00001000", "出版物市场信息咨询服务", "publishing", "咨询"}
        };
        for (var row : names) {
            var code = BUREAU + row[0] + "001";
            jdbc.sql("insert into item (code, base_code, name, type, department, status, current_version,"
                            + " created_at, created_by, updated_at, updated_by)"
                            + " values (:code, :base, :name, :type, :department, 'PUBLISHED', 1, now(), 'test', now(), 'test')"
                            + " on conflict do nothing")
                    .param("code", code)
                    .param("base", row[0])
                    .param("name", row[1])
                    .param("type", row[0].substring(0, 2))
                    .param("department", row[2])
                    .update();
            var definition = json.readValue(sample, ItemDefinition.class);
            var item = json.readValue(
                    json.writeValueAsString(definition)
                            .replace(definition.code(), code)
                            .replace("\"baseCode\":\"XK00012000\"", "\"baseCode\":\"" + row[0] + "\"")
                            .replace("\"type\":\"XK\"", "\"type\":\"" + row[0].substring(0, 2) + "\"")
                            .replace(definition.name(), row[1])
                            .replace("\"department\":\"publishing\"", "\"department\":\"" + row[2] + "\"")
                            .replace("\"keywords\":[\"出版物\",\"零售\",\"书店\"]", "\"keywords\":[\"" + row[3] + "\"]"),
                    ItemDefinition.class);
            index.index(item.indexed(1));
            indexed.put(code, item);
        }
    }

    @Test
    void aRememberedPageNeverOutlivesAChangeToTheCatalog() throws Exception {
        var code = BUREAU + "GG00001000001";
        var hits = meters.get("onewindow.catalog.search.cache")
                .tag("result", "hit")
                .counter();
        mvc.perform(get("/api/catalog/items").param("q", "咨询"))
                .andExpect(jsonPath("$.total").value(1));
        double before = hits.count();
        mvc.perform(get("/api/catalog/items").param("q", "咨询"))
                .andExpect(jsonPath("$.total").value(1));
        assertThat(hits.count()).isEqualTo(before + 1);
        try {
            index.remove(code);
            mvc.perform(get("/api/catalog/items").param("q", "咨询"))
                    .andExpect(jsonPath("$.total").value(0));
        } finally {
            index.index(indexed.get(code).indexed(1));
        }
        mvc.perform(get("/api/catalog/items").param("q", "咨询"))
                .andExpect(jsonPath("$.items[*].name").value(contains("出版物市场信息咨询服务")));
    }

    @Test
    void aWordFindsEveryItemNamingItNamesStartingWithItFirst() throws Exception {
        mvc.perform(get("/api/catalog/items").param("q", "出版物"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(4))
                .andExpect(jsonPath("$.items[0:3].name")
                        .value(containsInAnyOrder("出版物批发单位设立审批", "出版物零售单位设立审批", "出版物市场信息咨询服务")))
                .andExpect(jsonPath("$.items[3].name").value("内部资料性出版物准印证核发"));
    }

    @Test
    void twoCharactersAreEnough() throws Exception {
        mvc.perform(get("/api/catalog/items").param("q", "卫星"))
                .andExpect(jsonPath("$.items[*].name").value(contains("设置卫星电视广播地面接收设施审批")));
        mvc.perform(get("/api/catalog/items").param("q", "印刷"))
                .andExpect(jsonPath("$.items[0].name").value("印刷经营许可证核发"));
    }

    @Test
    void keywordsAreSearchedToo() throws Exception {
        mvc.perform(get("/api/catalog/items").param("q", "书店"))
                .andExpect(jsonPath("$.items[*].name").value(contains("出版物零售单位设立审批")));
    }

    @Test
    void filtersByTypeDepartmentAndServiceObject() throws Exception {
        mvc.perform(get("/api/catalog/items").param("type", "GG"))
                .andExpect(jsonPath("$.items[*].name").value(contains("出版物市场信息咨询服务")));
        mvc.perform(get("/api/catalog/items").param("department", "radio-tv").param("q", "许可"))
                .andExpect(jsonPath("$.items[*].name").value(contains("广播电视节目制作经营许可证核发")));
        mvc.perform(get("/api/catalog/items").param("serviceObject", "LEGAL_PERSON"))
                .andExpect(jsonPath("$.total").value(7));
    }

    @Test
    void pagesThroughResults() throws Exception {
        mvc.perform(get("/api/catalog/items").param("size", "3").param("page", "2"))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.total").value(7));
        mvc.perform(get("/api/catalog/items").param("size", "3").param("page", "5"))
                .andExpect(jsonPath("$.items.length()").value(0))
                .andExpect(jsonPath("$.total").value(7));
    }

    @Test
    void findsNothingForWordsNoItemHas() throws Exception {
        mvc.perform(get("/api/catalog/items").param("q", "护照"))
                .andExpect(jsonPath("$.total").value(0))
                .andExpect(jsonPath("$.items[*].name").value(everyItem(not(hasItem("x")))));
    }

    @Test
    void refusesAbsurdQueries() throws Exception {
        mvc.perform(get("/api/catalog/items").param("q", "出".repeat(51))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/catalog/items").param("size", "0")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/catalog/items").param("page", "-1")).andExpect(status().isBadRequest());
    }

    @Test
    void aNulOrALoneSurrogateInTheQueryIs400NotAStorageConflict() throws Exception {
        // PostgreSQL refuses NUL in text: this was a 409 "conflicts with data already stored"
        for (var q : new String[] {"出版\u0000", "\u0000", "\uD800出版"}) {
            mvc.perform(get("/api/catalog/items").param("q", q))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.type").value("urn:onewindow:problem:validation"))
                    .andExpect(jsonPath("$.errors[0].field").value("q"))
                    .andExpect(jsonPath("$.errors[0].code").value("invalid-text"));
        }
        mvc.perform(get("/api/catalog/items/" + BUREAU + "XK00012000\u0000001")).andExpect(status().isBadRequest());
    }

    @Test
    void pagesAreBoundedNamingTheField() throws Exception {
        for (var bad : new String[][] {{"page", "-1"}, {"size", "0"}, {"size", "10000"}, {"page", "10001"}}) {
            mvc.perform(get("/api/catalog/items").param(bad[0], bad[1]))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value(bad[0]));
        }
    }
}
