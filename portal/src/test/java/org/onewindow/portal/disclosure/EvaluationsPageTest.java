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
import org.junit.jupiter.api.Test;
import org.onewindow.portal.PortalTestSupport;

/** 好差评公开: the summary, the levels as a chart and a table, and each poor rating's rectification. */
class EvaluationsPageTest extends PortalTestSupport {

    static final String API = "/api/disclosure/evaluations";

    @Test
    void showsSatisfactionByLevelAsAChartAndATable() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo(API)).willReturn(json("disclosure-evaluations.json")));

        var page = page(mvc.perform(get("/disclosure/evaluations"))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(page.selectFirst("#satisfaction-rate").text()).isEqualTo("95.8%");
        assertThat(page.selectFirst("#poor-count").text()).isEqualTo("5条");
        var chart = page.selectFirst("#chart-levels");
        assertThat(chart.selectFirst("h3").text()).isEqualTo("评价为“非常满意”的最多，占 73.3%");
        assertThat(chart.select("svg text.chart-label").eachText())
                .containsExactly("非常满意", "满意", "基本满意", "不满意", "非常不满意");
        assertThat(chart.select("svg text.chart-value").eachText()).containsExactly("88条", "21条", "6条", "3条", "2条");
        assertThat(page.select("#levels-table tbody tr td").eachText()).containsExactly("88", "21", "6", "3", "2");
        assertThat(page.select("#departments-table tbody th").eachText()).containsExactly("印刷发行处", "出版管理处");
    }

    @Test
    void eachPoorRatingShowsItsCallBackAndRectificationInPlainWords() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo(API)).willReturn(json("disclosure-evaluations.json")));

        var page = page(mvc.perform(get("/disclosure/evaluations")).andReturn());

        var items = page.select(".rectification-list > li");
        assertThat(items).hasSize(2);
        var done = items.get(0);
        assertThat(done.selectFirst(".rectification-state").text()).isEqualTo("已整改");
        assertThat(done.text()).contains("“非常不满意”，2026年3月10日", "2026年3月11日已回访", "2026年3月25日已报告整改结果", "139****5678");
        var late = items.get(1);
        assertThat(late.selectFirst(".rectification-state").text()).isEqualTo("已超期");
        assertThat(late.text()).contains("应在2026年3月13日前回访", "应在2026年4月2日前完成整改", "超过了规定期限");
        // a short page: the last
        assertThat(page.select(".pager a")).isEmpty();
    }

    @Test
    void thePeriodAndPageGoToTheServiceAndStayInThePagerLinks() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo(API))
                .willReturn(WireMock.okJson(json("disclosure-evaluations.json")
                        .build()
                        .getBody()
                        .replace("\"rectifications\": [", "\"rectifications\": [" + twentyMore()))));

        var page = page(mvc.perform(get("/disclosure/evaluations")
                        .param("department", "printing")
                        .param("from", "2026-01-01")
                        .param("page", "2"))
                .andReturn());

        GATEWAY.verify(getRequestedFor(urlPathEqualTo(API))
                .withQueryParam("department", equalTo("printing"))
                .withQueryParam("from", equalTo("2026-01-01"))
                .withQueryParam("page", equalTo("1"))
                .withQueryParam("size", equalTo("20"))
                .withoutQueryParam("to"));
        assertThat(page.selectFirst(".pager a[rel=next]").attr("href"))
                .isEqualTo("/disclosure/evaluations?department=printing&from=2026-01-01&page=3");
        assertThat(page.selectFirst(".pager a[rel=prev]").attr("href"))
                .isEqualTo("/disclosure/evaluations?department=printing&from=2026-01-01");
    }

    @Test
    void aGatewayThatIsDownGivesTheCalmPage() throws Exception {
        GATEWAY.stubFor(any(anyUrl()).willReturn(problem(503)));

        var page = page(mvc.perform(get("/disclosure/evaluations"))
                .andExpect(status().isServiceUnavailable())
                .andReturn());

        assertThat(page.selectFirst("h1").text()).isEqualTo("服务暂时不可用");
    }

    private static String twentyMore() {
        var more = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            more.append("""
                    {"caseNo": "C%02d", "itemCode": "X", "itemName": "印刷企业设立审批", "department": "printing",
                     "level": 2, "openedOn": "2026-02-02", "callBackDue": "2026-02-03", "calledBackOn": "2026-02-03",
                     "rectificationDue": "2026-02-24", "reportedOn": "2026-02-20", "report": "已整改",
                     "state": "DONE", "late": false},""".formatted(i));
        }
        return more.toString();
    }
}
