package org.onewindow.portal.supervision;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.onewindow.portal.FakeKeycloak.Person;
import org.onewindow.portal.PortalTestSupport;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The supervisors' dashboard: every chart with its numbers in a table, every number a way to its cases. */
class DashboardPageTest extends PortalTestSupport {

    @Test
    void theOnTimeRatesStandInAChartAndATableWhoseLinksOpenTheDepartmentsCases() throws Exception {
        SupervisionStubs.dashboard(GATEWAY);

        var page = page(
                mvc.perform(MockMvcRequestBuilders.get("/workbench/supervision").cookie(signInAs(Person.SUPERVISOR)))
                        .andExpect(status().isOk())
                        .andReturn());

        assertThat(page.selectFirst("h1").text()).isEqualTo("效能监督");
        assertThat(page.selectFirst("#on-time-publishing").text()).isEqualTo("75%");
        assertThat(page.selectFirst("#completed-publishing").text()).isEqualTo("8");
        assertThat(page.selectFirst("#on-time-printing").text()).isEqualTo("暂无");
        assertThat(page.selectFirst("#chart-on-time-departments-title").text())
                .isEqualTo("按时办结率广播电视处最高，为100%；出版管理处最低，为75%");
        assertThat(page.select("#on-time-departments-table tbody th a").eachAttr("href"))
                .containsExactly(
                        "/workbench/supervision/cases?department=publishing",
                        "/workbench/supervision/cases?department=radio-tv",
                        "/workbench/supervision/cases?department=printing");
        // the bars lead to the same cases, for the mouse; the SVG itself is hidden from screen readers
        var chart = page.selectFirst("#chart-on-time-departments svg");
        assertThat(chart.attr("aria-hidden")).isEqualTo("true");
        assertThat(chart.select("a").eachAttr("href")).contains("/workbench/supervision/cases?department=publishing");
        assertThat(chart.select("a[href]").eachAttr("tabindex")).containsOnly("-1");
        assertThat(chart.select("rect.chart-bar").first().attr("width")).isEqualTo("270.0");
        assertThat(page.select("#on-time-items-table tbody a").eachAttr("href"))
                .containsExactly("/workbench/supervision/cases?itemCode=11530000MB0000001XK00012000001");
    }

    @Test
    void warnedCasesStatusesAndDaysLinkToTheirLists() throws Exception {
        SupervisionStubs.dashboard(GATEWAY);

        var page = page(
                mvc.perform(MockMvcRequestBuilders.get("/workbench/supervision").cookie(signInAs(Person.SUPERVISOR)))
                        .andReturn());

        assertThat(page.selectFirst("#warning-red").attr("href")).isEqualTo("/workbench/supervision/cases?warning=RED");
        assertThat(page.selectFirst("#warning-red").text()).contains("红色预警").contains("1件");
        assertThat(page.selectFirst("#warning-overdue").text()).contains("超期办结").contains("4件");
        assertThat(page.selectFirst("#status-COMPLETED").text()).isEqualTo("12");
        assertThat(page.selectFirst("#status-COMPLETED").attr("href"))
                .isEqualTo("/workbench/supervision/cases?status=COMPLETED");
        assertThat(page.selectFirst("#chart-status-title").text()).isEqualTo("共22件办件，已办结最多（12件）");
        assertThat(page.select("#per-day-table tbody tr")).hasSize(30);
        assertThat(page.select("#per-day-table tbody tr")
                        .last()
                        .selectFirst("a")
                        .attr("href"))
                .isEqualTo("/workbench/supervision/cases?day=" + SupervisionStubs.TODAY);
        assertThat(page.selectFirst("#chart-per-day-title").text()).startsWith("近30日共收件4件");
    }

    @Test
    void satisfactionRectificationsAndComplaintsDueAreShownWithoutTheComplainantsContact() throws Exception {
        SupervisionStubs.dashboard(GATEWAY);

        var page = page(
                mvc.perform(MockMvcRequestBuilders.get("/workbench/supervision").cookie(signInAs(Person.SUPERVISOR)))
                        .andReturn());

        assertThat(page.selectFirst("#chart-satisfaction-title").text()).isEqualTo("满意率90%，共10条评价");
        assertThat(page.selectFirst("#level-5").text()).isEqualTo("6");
        assertThat(page.selectFirst("#level-1").text()).isEqualTo("0");
        // the hidden picture holds no keyboard stop: a bar without a list behind it is no link at
        // all, a bar with one is out of the tab order (axe: aria-hidden-focus)
        assertThat(page.select("svg[aria-hidden=true] a[href]")).isNotEmpty().allSatisfy(link -> {
            assertThat(link.attr("href")).isNotBlank();
            assertThat(link.attr("tabindex")).isEqualTo("-1");
        });
        // the reported rectification is done; the late one is due, its state in words
        assertThat(page.select("#rectifications-table tbody tr")).hasSize(1);
        assertThat(page.selectFirst("#rectifications-table tbody tr").text()).contains("已逾期");
        assertThat(page.selectFirst("#rectifications-table tbody a").attr("href"))
                .isEqualTo("/workbench/cases/WC20260301000012");
        assertThat(page.selectFirst("#complaints-table").text()).contains("窗口排队太久", "已逾期");
        assertThat(page.text()).doesNotContain("王五").doesNotContain("13900139000");
        GATEWAY.verify(getRequestedFor(urlPathEqualTo("/api/disclosure/complaints"))
                .withQueryParam("answered", com.github.tomakehurst.wiremock.client.WireMock.equalTo("false")));
    }

    @Test
    void aStatusTheBundleDoesNotKnowIsShownByItsCodeAndTheRestStillStands() throws Exception {
        SupervisionStubs.dashboard(GATEWAY);
        GATEWAY.stubFor(get(urlPathEqualTo("/api/review/supervision/overview"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson(SupervisionStubs.overview()
                        .replace(
                                "{\"status\":\"WITHDRAWN\",\"count\":1}",
                                "{\"status\":\"WITHDRAWN\",\"count\":1},{\"status\":\"ARCHIVED\",\"count\":2}"))));

        var page = page(
                mvc.perform(MockMvcRequestBuilders.get("/workbench/supervision").cookie(signInAs(Person.SUPERVISOR)))
                        .andExpect(status().isOk())
                        .andReturn());

        assertThat(page.selectFirst("#status-ARCHIVED").text()).isEqualTo("2");
        assertThat(page.select("#status-table tbody th").eachText()).contains("已办结", "ARCHIVED");
        assertThat(page.selectFirst("#status-COMPLETED").text()).isEqualTo("12");
    }

    /**
     * The overview, the figures and the complaints are asked at the same time, on threads of their
     * own: each must still go as the supervisor (her token) and for her (her address), and a
     * failure of one is the page's failure, as before.
     */
    @Test
    void theCallsMadeSideBySideGoAsTheSupervisorAndAFailureOfOneIsThePages() throws Exception {
        SupervisionStubs.dashboard(GATEWAY);

        mvc.perform(MockMvcRequestBuilders.get("/workbench/supervision")
                        .with(request -> {
                            request.setRemoteAddr("10.9.8.7");
                            return request;
                        })
                        .cookie(signInAs(Person.SUPERVISOR)))
                .andExpect(status().isOk());
        for (var path : new String[] {
            "/api/review/supervision/overview", "/api/disclosure/statistics", "/api/disclosure/complaints"
        }) {
            GATEWAY.verify(getRequestedFor(urlPathEqualTo(path))
                    .withHeader("Authorization", equalTo("Bearer at-1"))
                    .withHeader("X-Forwarded-For", equalTo("10.9.8.7")));
        }

        GATEWAY.stubFor(get(urlPathEqualTo("/api/disclosure/statistics"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.serviceUnavailable()));
        var unavailable = page(
                mvc.perform(MockMvcRequestBuilders.get("/workbench/supervision").cookie(signInAs(Person.SUPERVISOR)))
                        .andExpect(status().isServiceUnavailable())
                        .andReturn());
        assertThat(unavailable.selectFirst("h1").text()).isNotEqualTo("效能监督");
    }

    @Test
    void onlyASupervisorOpensIt() throws Exception {
        GATEWAY.stubFor(get(urlPathEqualTo("/api/review/supervision/overview"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson("{}")));
        mvc.perform(MockMvcRequestBuilders.get("/workbench/supervision").cookie(signInAs(Person.APPROVER)))
                .andExpect(status().isForbidden());
        GATEWAY.verify(0, getRequestedFor(urlPathEqualTo("/api/review/supervision/overview")));
    }
}
