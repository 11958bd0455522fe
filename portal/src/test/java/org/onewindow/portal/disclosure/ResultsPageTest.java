package org.onewindow.portal.disclosure;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.client.WireMock;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.portal.PortalTestSupport;

/** 办件结果公开: masked decisions, an item filter, paging without a total. */
class ResultsPageTest extends PortalTestSupport {

    static final String API = "/api/disclosure/results";
    static final String RETAIL = "11530000MB00000012XK00012000001";

    @BeforeEach
    void items() {
        GATEWAY.stubFor(
                WireMock.get(urlPathEqualTo("/api/disclosure/items")).willReturn(json("disclosure-items.json")));
    }

    @Test
    void showsTheDecisionsWithNamesMaskedInATableThatScrollsOnItsOwn() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo(API)).willReturn(json("disclosure-results-full.json")));

        var page = page(mvc.perform(get("/disclosure/results"))
                .andExpect(status().isOk())
                .andReturn());

        var table = page.selectFirst(".table-responsive > table.results-table");
        assertThat(table.select("thead th").eachText()).containsExactly("决定日期", "事项", "申请人", "审批结果", "办件编号");
        var rows = table.select("tbody tr");
        assertThat(rows).hasSize(20);
        assertThat(rows.get(0).select("td").eachText())
                .containsExactly("2026年3月28日", "出版物零售单位设立审批", "张**", "准予许可", RETAIL + "2026032800" + "01");
        assertThat(rows.get(3).selectFirst(".outcome").text()).isEqualTo("不予许可");
        assertThat(page.select("#itemCode option").eachText())
                .containsExactly("全部事项", "出版物零售单位设立审批", "印刷企业设立审批", "广播电视节目制作经营许可");
        GATEWAY.verify(getRequestedFor(urlPathEqualTo(API))
                .withQueryParam("page", equalTo("0"))
                .withQueryParam("size", equalTo("20"))
                .withoutQueryParam("itemCode"));
    }

    @Test
    void filtersByItemAndPagesKeepingTheFilter() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo(API)).willReturn(json("disclosure-results-full.json")));

        var page = page(
                mvc.perform(get("/disclosure/results").param("itemCode", RETAIL).param("page", "2"))
                        .andReturn());

        GATEWAY.verify(getRequestedFor(urlPathEqualTo(API))
                .withQueryParam("itemCode", equalTo(RETAIL))
                .withQueryParam("page", equalTo("1")));
        assertThat(page.selectFirst("#itemCode option[selected]").val()).isEqualTo(RETAIL);
        var pager = page.selectFirst(".pager");
        assertThat(pager.text()).contains("第 2 页");
        assertThat(pager.selectFirst("a[rel=prev]").attr("href")).isEqualTo("/disclosure/results?itemCode=" + RETAIL);
        assertThat(pager.selectFirst("a[rel=next]").attr("href"))
                .isEqualTo("/disclosure/results?itemCode=" + RETAIL + "&page=3");
        assertThat(pager.selectFirst("a[rel=next]").attr("hx-get"))
                .isEqualTo(pager.selectFirst("a[rel=next]").attr("href"));
    }

    @Test
    void aPageThatIsNotFullIsTheLast() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo(API)).willReturn(json("disclosure-results-short.json")));

        var page = page(mvc.perform(get("/disclosure/results")).andReturn());

        assertThat(page.select(".results-table tbody tr")).hasSize(3);
        assertThat(page.select(".pager a")).isEmpty();
    }

    @Test
    void anEmptyPageAfterAFullOneSaysSoAndLeadsBack() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo(API)).willReturn(WireMock.okJson("[]")));

        var page =
                page(mvc.perform(get("/disclosure/results").param("page", "4")).andReturn());

        assertThat(page.selectFirst("main").text()).contains("这一页没有更多内容了");
        assertThat(page.selectFirst("a[href=/disclosure/results]").text()).isEqualTo("回到第一页");
        assertThat(page.select("table")).isEmpty();
    }

    @Test
    void aHandEditedPageOrItemIsStillAPage() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo(API)).willReturn(json("disclosure-results-short.json")));

        mvc.perform(get("/disclosure/results").param("page", "-5").param("itemCode", "<script>"))
                .andExpect(status().isOk());

        GATEWAY.verify(getRequestedFor(urlPathEqualTo(API))
                .withQueryParam("page", equalTo("0"))
                .withoutQueryParam("itemCode"));
    }

    @Test
    void anHtmxPageGetsOnlyTheResultsSection() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo(API)).willReturn(json("disclosure-results-full.json")));

        var result = mvc.perform(get("/disclosure/results").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andReturn();

        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain("<html", "<h1");
        assertThat(page(result).select("#results .results-table")).hasSize(1);
        assertThat(result.getResponse().getHeaders("Vary")).contains("HX-Request");
    }

    @Test
    void aGatewayThatIsDownGivesTheCalmPage() throws Exception {
        GATEWAY.stubFor(any(anyUrl()).willReturn(problem(503)));

        var page = page(mvc.perform(get("/disclosure/results"))
                .andExpect(status().isServiceUnavailable())
                .andReturn());

        assertThat(page.selectFirst("h1").text()).isEqualTo("服务暂时不可用");
    }
}
