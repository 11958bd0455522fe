package org.onewindow.portal.search;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.client.WireMock;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.onewindow.portal.PortalTestSupport;

class SearchPageTest extends PortalTestSupport {

    @Test
    void theCatalogIsToldWhichVisitorAsksSoThatEachHasHerOwnRateLimit() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/catalog/items")).willReturn(json("search-page-2.json")));

        mvc.perform(get("/search").param("q", "出版物").with(request -> {
                    request.setRemoteAddr("198.51.100.4");
                    return request;
                }))
                .andExpect(status().isOk());

        GATEWAY.verify(getRequestedFor(urlPathEqualTo("/api/catalog/items"))
                .withHeader("X-Forwarded-For", equalTo("198.51.100.4")));
    }

    @Test
    void showsTheHitsAndTheTotalCountFromTheCatalog() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/catalog/items")).willReturn(json("search-page-2.json")));

        var page = page(mvc.perform(get("/search").param("q", "出版物").param("page", "2"))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(page.selectFirst("#result-count").text()).isEqualTo("共找到 23 个事项");
        assertThat(page.select(".result-list h3 a").stream().map(Element::text))
                .containsExactly("出版物零售单位设立审批", "出版物零售单位变更审批");
        assertThat(page.selectFirst(".result-list h3 a").attr("href"))
                .isEqualTo("/items/11530000MB00000012XK00012000001");
        assertThat(page.selectFirst(".result-list").text()).contains("实施部门：出版管理处", "承诺时限：10个工作日");
        // pages count from 1 for people and from 0 in the API
        GATEWAY.verify(getRequestedFor(urlPathEqualTo("/api/catalog/items"))
                .withQueryParam("q", equalTo("出版物"))
                .withQueryParam("page", equalTo("1"))
                .withQueryParam("size", equalTo("10")));
    }

    @Test
    void pagesForwardAndBackKeepingTheQuery() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/catalog/items")).willReturn(json("search-page-2.json")));

        var page = page(
                mvc.perform(get("/search").param("q", "出版物").param("page", "2")).andReturn());

        assertThat(page.selectFirst(".pager").text()).contains("第 2 页，共 3 页");
        assertThat(page.selectFirst(".pager a[rel=prev]").attr("href"))
                .isEqualTo("/search?q=%E5%87%BA%E7%89%88%E7%89%A9");
        assertThat(page.selectFirst(".pager a[rel=next]").attr("href"))
                .isEqualTo("/search?q=%E5%87%BA%E7%89%88%E7%89%A9&page=3");
        assertThat(page.selectFirst(".pager a[rel=next]").attr("hx-get"))
                .isEqualTo(page.selectFirst(".pager a[rel=next]").attr("href"));
    }

    @Test
    void passesTheDepartmentAndServiceObjectFiltersToTheCatalog() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/catalog/items")).willReturn(json("search-page-2.json")));

        var page =
                page(mvc.perform(get("/search").param("department", "radio-tv").param("serviceObject", "LEGAL_PERSON"))
                        .andReturn());

        GATEWAY.verify(getRequestedFor(urlPathEqualTo("/api/catalog/items"))
                .withQueryParam("department", equalTo("radio-tv"))
                .withQueryParam("serviceObject", equalTo("LEGAL_PERSON"))
                .withQueryParam("page", equalTo("0"))
                .withoutQueryParam("q"));
        assertThat(page.selectFirst("#department option[selected]").val()).isEqualTo("radio-tv");
        assertThat(page.selectFirst("#serviceObject option[selected]").val()).isEqualTo("LEGAL_PERSON");
    }

    @Test
    void theFormsAllDepartmentsAndAnyoneChoicesAreNoFilterAtAll() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/catalog/items")).willReturn(json("search-page-2.json")));

        // what a browser sends for the form left as it is
        var page = page(mvc.perform(get("/search?q=&department=&serviceObject="))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(page.selectFirst("#result-count").text()).isEqualTo("共找到 23 个事项");
        GATEWAY.verify(getRequestedFor(urlPathEqualTo("/api/catalog/items"))
                .withoutQueryParam("q")
                .withoutQueryParam("department")
                .withoutQueryParam("serviceObject"));
    }

    @Test
    void aFilterValueNoFormOffersIsExplainedWithoutAskingTheCatalog() throws Exception {
        var page = page(mvc.perform(get("/search?serviceObject=ROBOT"))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(page.selectFirst("[role=alert]").text()).contains("查询条件有误");
        GATEWAY.verify(0, anyRequestedFor(WireMock.anyUrl()));
    }

    @Test
    void saysPlainlyWhenNothingIsFound() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/catalog/items")).willReturn(json("search-empty.json")));

        var page = page(mvc.perform(get("/search").param("q", "没有的事项")).andReturn());

        assertThat(page.selectFirst("#result-count").text()).isEqualTo("共找到 0 个事项");
        assertThat(page.selectFirst("main").text()).contains("没有找到相关事项");
        assertThat(page.select(".pager a")).isEmpty();
    }

    @Test
    void anHtmxSearchGetsOnlyTheSearchSection() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/catalog/items")).willReturn(json("search-page-2.json")));

        var result = mvc.perform(get("/search").param("q", "出版物").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(header().stringValues("Vary", org.hamcrest.Matchers.hasItem("HX-Request")))
                .andReturn();

        var body = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(body).doesNotContain("<html", "<header");
        assertThat(page(result).select("#search #result-count").text()).isEqualTo("共找到 23 个事项");
    }

    @Test
    void theSearchFormWorksWithoutJavaScriptAndHtmxOnlyMakesItQuicker() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/catalog/items")).willReturn(json("search-empty.json")));

        var form = page(mvc.perform(get("/search")).andReturn()).selectFirst("#search form");

        assertThat(form.attr("method")).isEqualTo("get");
        assertThat(form.attr("action")).isEqualTo("/search");
        assertThat(form.attr("hx-get")).isEqualTo("/search");
        assertThat(form.attr("hx-target")).isEqualTo("#search");
    }

    @Test
    void aHistoryRestoreGetsTheWholePage() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/catalog/items")).willReturn(json("search-empty.json")));

        var body = mvc.perform(get("/search").header("HX-Request", "true").header("HX-History-Restore-Request", "true"))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(body).contains("<html", "<header");
    }

    @Test
    void aTooLongQueryIsExplainedBesideTheFieldWithoutAskingTheCatalog() throws Exception {
        var page = page(mvc.perform(get("/search").param("q", "出".repeat(51)))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(page.selectFirst("#q-error").text()).isEqualTo("关键词请不要超过50个字。");
        assertThat(page.selectFirst("#q").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.selectFirst("#q").attr("aria-describedby")).contains("q-error");
        GATEWAY.verify(0, anyRequestedFor(WireMock.anyUrl()));
    }
}
