package org.onewindow.portal.casework;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.client.WireMock;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.onewindow.portal.FakeKeycloak.Person;
import org.onewindow.portal.PortalTestSupport;

/** 待办件: the API's tasks, earliest deadline first, in words and badges, refreshed by htmx. */
class QueuePageTest extends PortalTestSupport {

    /** Three tasks as the API orders them (most urgent first), not by deadline. */
    static final String TASKS = """
            [
              {"caseNo":"CASE00000000A","itemName":"出版物零售单位设立审批","status":"IN_REVIEW","step":"OPINION",
               "submittedAt":"2026-12-01T10:00:00+08:00","deadline":"2026-12-20","warning":"RED",
               "clockStopped":false,"gapDeadline":null,"gapOverdue":false},
              {"caseNo":"CASE00000000B","itemName":"印刷经营许可","status":"SUBMITTED","step":"ACCEPT",
               "submittedAt":"2026-12-02T09:00:00+08:00","deadline":null,"warning":"NONE",
               "clockStopped":false,"gapDeadline":null,"gapOverdue":false},
              {"caseNo":"CASE00000000C","itemName":"广播电视节目制作经营许可","status":"ACCEPTED","step":"GAP",
               "submittedAt":"2026-11-20T09:00:00+08:00","deadline":"2026-12-03","warning":"YELLOW",
               "clockStopped":true,"gapDeadline":"2026-12-01","gapOverdue":true}
            ]
            """;

    @Test
    void theQueueIsSortedByDeadlineWithStepsAndWarningsInWords() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/review/tasks")).willReturn(okJson(TASKS)));

        var page = page(mvc.perform(get("/workbench/cases").cookie(signInAs(Person.REVIEWER)))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(page.selectFirst("h1").text()).isEqualTo("待办件");
        assertThat(page.selectFirst("caption").text()).isEqualTo("共3件待办，按办理时限排列");
        assertThat(page.select(".pager")).isEmpty();
        var rows = page.select("tr.queue-task");
        assertThat(rows.eachAttr("data-case-no")).containsExactly("CASE00000000C", "CASE00000000A", "CASE00000000B");
        assertThat(rows.select(".task-step").eachText()).containsExactly("容缺材料催交", "待审查", "待受理");
        assertThat(rows.select(".warning-badge").eachText()).containsExactly("黄牌预警", "红牌预警", "正常");
        assertThat(rows.get(0).selectFirst(".warning-badge").hasClass("warning-YELLOW"))
                .isTrue();
        assertThat(rows.get(1).selectFirst(".task-deadline").text()).isEqualTo("2026年12月20日");
        assertThat(rows.get(0).selectFirst(".task-deadline").text()).contains("2026年12月3日", "计时暂停中", "2026年12月1日");
        assertThat(rows.get(2).selectFirst(".task-deadline").text()).isEqualTo("受理后开始计时");
        assertThat(rows.get(1).selectFirst("a.task-link").attr("href")).isEqualTo("/workbench/cases/CASE00000000A");
        assertThat(page.select(".workbench-nav a.active").text()).isEqualTo("待办件");
        GATEWAY.verify(
                getRequestedFor(urlEqualTo("/api/review/tasks")).withHeader("Authorization", equalTo("Bearer at-1")));
    }

    @Test
    void theListPollsItsOwnFragmentEveryFifteenSeconds() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/review/tasks")).willReturn(okJson(TASKS)));
        var session = signInAs(Person.CLERK);

        var queue = page(mvc.perform(get("/workbench/cases").cookie(session)).andReturn())
                .selectFirst("#queue");
        assertThat(queue.attr("hx-get")).isEqualTo("/workbench/cases/queue?page=0");
        assertThat(queue.attr("hx-trigger")).isEqualTo("every 15s");
        assertThat(queue.attr("hx-swap")).isEqualTo("outerHTML");

        var fragment = mvc.perform(get("/workbench/cases/queue").cookie(session).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(fragment.strip()).startsWith("<div id=\"queue\"");
        assertThat(fragment).doesNotContain("<html", "site-header").contains("CASE00000000A");
    }

    @Test
    void aLongQueueIsShownFiftyAtATimeAndThePollingKeepsThePage() throws Exception {
        var tasks = new StringBuilder("[");
        for (int i = 0; i < 120; i++) {
            tasks.append(i == 0 ? "" : ",").append("""
                    {"caseNo":"CASE%09d","itemName":"印刷经营许可","status":"SUBMITTED","step":"ACCEPT",
                     "submittedAt":"2026-12-01T10:00:00+08:00","deadline":"2027-01-%02d","warning":"NONE",
                     "clockStopped":false,"gapDeadline":null,"gapOverdue":false}
                    """.formatted(i, 1 + i % 28));
        }
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/review/tasks")).willReturn(okJson(tasks + "]")));
        var session = signInAs(Person.CLERK);

        var first = page(mvc.perform(get("/workbench/cases").cookie(session)).andReturn());
        assertThat(first.select("tr.queue-task")).hasSize(50);
        assertThat(first.selectFirst("caption").text()).isEqualTo("共120件待办，按办理时限排列；这里是第1至50件");
        assertThat(first.selectFirst("tr.queue-task .task-deadline").text()).isEqualTo("2027年1月1日");
        assertThat(first.select(".pager a[rel=prev]")).isEmpty();
        assertThat(first.selectFirst(".pager a[rel=next]").attr("href")).isEqualTo("/workbench/cases?page=1");

        var last =
                page(mvc.perform(get("/workbench/cases?page=2").cookie(session)).andReturn());
        assertThat(last.select("tr.queue-task")).hasSize(20);
        assertThat(last.selectFirst("caption").text()).endsWith("这里是第101至120件");
        assertThat(last.select(".pager a[rel=next]")).isEmpty();
        assertThat(last.selectFirst("#queue").attr("hx-get")).isEqualTo("/workbench/cases/queue?page=2");

        var pastTheEnd =
                page(mvc.perform(get("/workbench/cases?page=9").cookie(session)).andReturn());
        assertThat(pastTheEnd.select("tr.queue-task")).hasSize(20);
    }

    @Test
    void anEmptyQueueSaysSo() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/review/tasks")).willReturn(okJson("[]")));

        var page = page(mvc.perform(get("/workbench/cases").cookie(signInAs(Person.APPROVER)))
                .andReturn());

        assertThat(page.selectFirst(".queue-empty").text()).isEqualTo("目前没有待办件。有新的办件时会自动出现在这里。");
        assertThat(page.select("table")).isEmpty();
    }

    @Test
    void aSupervisorHasNoQueueAndTheApiIsNotAsked() throws Exception {
        var page = page(mvc.perform(get("/workbench/cases").cookie(signInAs(Person.SUPERVISOR)))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(page.selectFirst(".queue-none")).isNotNull();
        GATEWAY.verify(0, getRequestedFor(urlEqualTo("/api/review/tasks")));
    }
}
