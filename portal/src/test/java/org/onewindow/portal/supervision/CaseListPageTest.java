package org.onewindow.portal.supervision;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.onewindow.portal.FakeKeycloak.Person;
import org.onewindow.portal.PortalTestSupport;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The warning lists and the cases behind a figure: filtered by the API, by deadline, each row a case page. */
class CaseListPageTest extends PortalTestSupport {

    private static final String PATH = "/api/review/supervision/cases";

    private static final String RED = """
            {"items":[
              {"caseNo":"WC20260301000001","itemCode":"X1","itemName":"出版物零售单位设立审批","department":"publishing",
               "reviewDepartments":["publishing"],"channel":"WINDOW","status":"IN_REVIEW",
               "submittedAt":"2026-03-01T09:00:00+08:00","deadline":"2026-03-30","warning":"RED"},
              {"caseNo":"WC20260302000002","itemCode":"X2","itemName":"广播电视节目制作经营许可","department":"radio-tv",
               "reviewDepartments":["radio-tv"],"channel":"ONLINE","status":"ACCEPTED",
               "submittedAt":"2026-03-02T10:00:00+08:00","deadline":"2026-04-02","warning":"RED"}],
             "page":0,"size":20,"total":21}
            """;

    @Test
    void theRedListShowsTheCasesByDeadlineWithTheirWarningInWordsAndLinksToEachCase() throws Exception {
        GATEWAY.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson(RED)));

        var page = page(mvc.perform(MockMvcRequestBuilders.get("/workbench/supervision/cases")
                        .param("warning", "RED")
                        .cookie(signInAs(Person.SUPERVISOR)))
                .andExpect(status().isOk())
                .andReturn());

        GATEWAY.verify(getRequestedFor(urlPathEqualTo(PATH))
                .withQueryParam("warning", equalTo("RED"))
                .withQueryParam("page", equalTo("0")));
        assertThat(page.selectFirst("h1").text()).isEqualTo("红色预警办件");
        assertThat(page.select("#cases-table a.case-link").eachAttr("href"))
                .containsExactly("/workbench/cases/WC20260301000001", "/workbench/cases/WC20260302000002");
        assertThat(page.select("#cases-table .warning-badge").eachText()).containsOnly("红色预警");
        assertThat(page.selectFirst("#cases-table tbody tr").text()).contains("审查中", "出版管理处", "2026年3月30日");
        assertThat(page.selectFirst("#cases-total").text()).isEqualTo("共21件");
        assertThat(page.selectFirst(".pager a[rel=next]").attr("href"))
                .isEqualTo("/workbench/supervision/cases?warning=RED&page=1");
        assertThat(page.select(".warning-lists a").eachAttr("href"))
                .containsExactly(
                        "/workbench/supervision/cases?warning=YELLOW",
                        "/workbench/supervision/cases?warning=RED",
                        "/workbench/supervision/cases?warning=OVERDUE");
    }

    @Test
    void aDashboardFigureCarriesItsFilterToTheApiAndAnUnknownValueIsDropped() throws Exception {
        GATEWAY.stubFor(
                get(urlPathEqualTo(PATH)).willReturn(okJson("{\"items\":[],\"page\":0,\"size\":20,\"total\":0}")));

        var page = page(mvc.perform(MockMvcRequestBuilders.get("/workbench/supervision/cases")
                        .param("department", "publishing")
                        .param("status", "COMPLETED")
                        .param("day", "2026-03-15")
                        .param("warning", "PURPLE")
                        .cookie(signInAs(Person.SUPERVISOR)))
                .andExpect(status().isOk())
                .andReturn());

        GATEWAY.verify(getRequestedFor(urlPathEqualTo(PATH))
                .withQueryParam("department", equalTo("publishing"))
                .withQueryParam("status", equalTo("COMPLETED"))
                .withQueryParam("day", equalTo("2026-03-15"))
                .withoutQueryParam("warning"));
        assertThat(page.selectFirst("h1").text()).isEqualTo("办件清单");
        assertThat(page.select(".filter-shown li").eachText()).containsExactly("部门：出版管理处", "状态：已办结", "收件日期：2026年3月15日");
        assertThat(page.selectFirst(".cases-none").text()).isEqualTo("没有符合条件的办件。");
        assertThat(page.selectFirst(".pager")).isNull();
    }
}
