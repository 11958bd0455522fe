package org.onewindow.portal.disclosure;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.client.WireMock;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.onewindow.portal.PortalTestSupport;

/** 办件统计: figures, charts drawn as SVG on the server and titled with their finding, the tables. */
class StatisticsPageTest extends PortalTestSupport {

    static final String API = "/api/disclosure/statistics";

    @Test
    void eachChartIsAnSvgTitledWithItsFindingAndTheNumbersAreATable() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo(API)).willReturn(json("disclosure-statistics.json")));

        var page = page(mvc.perform(get("/disclosure/statistics"))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(page.select("figure.chart h3").eachText())
                .containsExactly(
                        "出版管理处按时办结率最高，为 96%；印刷发行处最低，为 87.9%",
                        "出版管理处平均用时最短，为 5.1个工作日；印刷发行处最长，为 8.4个工作日",
                        "出版管理处满意率最高，为 98.6%；印刷发行处最低，为 85%",
                        "出版管理处收件最多，120件；印刷发行处最少，40件");
        var onTime = page.selectFirst("#chart-on-time");
        var svg = onTime.selectFirst("svg");
        assertThat(svg.attr("role")).isEqualTo("img");
        assertThat(svg.attr("aria-labelledby")).isEqualTo("chart-on-time-title");
        assertThat(onTime.selectFirst("h3").id()).isEqualTo("chart-on-time-title");
        assertThat(svg.attr("viewbox")).isEqualTo("0 0 360 144");
        // each department's label and value as text, the bar measured against 100%
        assertThat(svg.select("text.chart-label").eachText()).containsExactly("印刷发行处", "出版管理处", "广播电视处");
        assertThat(svg.select("text.chart-value").eachText()).containsExactly("87.9%", "96%", "91.5%");
        assertThat(svg.select("rect.chart-bar").eachAttr("width")).containsExactly("316.4", "345.6", "329.4");
        // the figure points to the table with the same numbers
        assertThat(onTime.selectFirst("figcaption a").attr("href")).isEqualTo("#departments-table");
        var table = page.selectFirst(".table-responsive > table#departments-table");
        assertThat(table.selectFirst("caption").text()).isEqualTo("各部门办件统计");
        var publishing = table.select("tbody tr").get(1);
        assertThat(publishing.select("th, td").eachText())
                .containsExactly("出版管理处", "120", "113", "7", "100", "96%", "5.1", "1", "70", "98.6%");
        assertThat(table.select("tfoot th, tfoot td").eachText())
                .containsExactly("合计", "215", "201", "14", "180", "92.8%", "6.2", "2", "120", "95.8%");
        assertThat(page.selectFirst("#total-on-time").text()).isEqualTo("92.8%");
        assertThat(page.selectFirst("#total-days").text()).isEqualTo("6.2个工作日");
        assertThat(page.selectFirst(".period").text()).isEqualTo("统计期间：2026年1月1日至2026年3月31日");
        assertThat(page.select("#items-table tbody tr")).hasSize(3);
        // drawn without anything the CSP refuses
        assertThat(page.select("main [style], main style, main script:not([src])"))
                .isEmpty();
    }

    @Test
    void theFindingsAndDatesSpeakEnglishToo() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo(API)).willReturn(json("disclosure-statistics.json")));

        var page = page(
                mvc.perform(get("/disclosure/statistics").param("lang", "en")).andReturn());

        assertThat(page.selectFirst("#chart-on-time h3").text())
                .isEqualTo("Publishing division decided the most on time, 96%;"
                        + " Printing and distribution division the fewest, 87.9%");
        assertThat(page.selectFirst(".period").text()).isEqualTo("Period: 1 January 2026 to 31 March 2026");
        assertThat(page.selectFirst("#total-days").text()).isEqualTo("6.2 working days");
    }

    @Test
    void oneDepartmentsChartSaysItsFigureAndNothingIsDrawnForWhatNobodyRated() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo(API)).willReturn(json("disclosure-statistics-one.json")));

        var page = page(mvc.perform(get("/disclosure/statistics")
                        .param("department", "publishing")
                        .param("from", "2026-01-01")
                        .param("to", "2026-03-31"))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(page.select("figure.chart h3").eachText())
                .containsExactly("出版管理处按时办结率 96%", "出版管理处平均用时 5.1个工作日", "出版管理处收件 120件");
        assertThat(page.selectFirst("#total-satisfaction").text()).isEqualTo("暂无");
        assertThat(page.selectFirst("#department option[selected]").val()).isEqualTo("publishing");
        assertThat(page.selectFirst("#from").val()).isEqualTo("2026-01-01");
        GATEWAY.verify(getRequestedFor(urlPathEqualTo(API))
                .withQueryParam("department", equalTo("publishing"))
                .withQueryParam("from", equalTo("2026-01-01"))
                .withQueryParam("to", equalTo("2026-03-31")));
    }

    @Test
    void aPeriodTheServiceRefusesIsExplainedBesideTheDate() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo(API))
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("""
                                {"type": "urn:onewindow:problem:validation", "status": 400,
                                 "detail": "1 problem(s) with the request",
                                 "errors": [{"field": "from", "code": "after-to",
                                             "message": "from 2026-05-01 is after to 2026-03-31"}]}""")));

        var page = page(mvc.perform(get("/disclosure/statistics")
                        .param("from", "2026-05-01")
                        .param("to", "2026-03-31"))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(page.selectFirst(".error-summary a").attr("href")).isEqualTo("#from");
        assertThat(page.selectFirst("#from-error").text()).isEqualTo("开始日期不能晚于结束日期，请重新选择。");
        assertThat(page.selectFirst("#from").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("figure.chart")).isEmpty();
        assertThat(page.text()).doesNotContain("is after to");
    }

    @Test
    void aDateThatIsNoDateIsExplainedWithoutAskingTheService() throws Exception {
        var page = page(mvc.perform(get("/disclosure/statistics").param("to", "31/03/2026"))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(page.selectFirst(".error-summary a").attr("href")).isEqualTo("#to");
        assertThat(page.selectFirst("#to-error").text()).contains("年-月-日");
        GATEWAY.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void manyRequestsAtOnceGiveTheCalmBusyPage() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo(API))
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")));

        var page = page(mvc.perform(get("/disclosure/statistics"))
                .andExpect(status().isTooManyRequests())
                .andReturn());

        assertThat(page.selectFirst("h1").text()).isEqualTo("访问的人较多");
    }

    @Test
    void aGatewayThatIsDownGivesTheCalmPage() throws Exception {
        GATEWAY.stubFor(any(anyUrl()).willReturn(problem(503)));

        var page = page(mvc.perform(get("/disclosure/statistics"))
                .andExpect(status().isServiceUnavailable())
                .andReturn());

        assertThat(page.selectFirst("h1").text()).isEqualTo("服务暂时不可用");
    }

    static double width(Element rect) {
        return Double.parseDouble(rect.attr("width"));
    }
}
