package org.onewindow.review.supervision;

import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.platform.testsupport.InfrastructureSupport;
import org.onewindow.platform.testsupport.Tokens;
import org.onewindow.review.ReviewServiceApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The supervisors' figures and lists over the whole bureau, read from cases as casefile stores
 * them (rows written here directly: the figures are about what is stored, not how it got there).
 */
@SpringBootTest(classes = ReviewServiceApplication.class)
@AutoConfigureMockMvc
class SupervisionIntegrationTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        InfrastructureSupport.register(registry, "review_supervision_test");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    LocalDate today;

    @BeforeEach
    void cases() {
        jdbc.sql("delete from audit_entry").update();
        jdbc.sql("delete from review_case").update();
        today = LocalDate.now(clock);
        var now = OffsetDateTime.now(clock);
        insert("SV-YELLOW", "publishing", "IN_REVIEW", now.minusDays(3), today.plusDays(1), "YELLOW");
        insert("SV-RED", "radio-tv", "ACCEPTED", now.minusDays(40), today.minusDays(2), "RED");
        insert("SV-RED-SOON", "publishing", "IN_REVIEW", now.minusDays(30), today.minusDays(5), "RED");
        insert("SV-LATE", "publishing", "COMPLETED", now.minusDays(50), today.minusDays(10), "RED");
        completedOn("SV-LATE", now.minusDays(8));
        insert("SV-ON-TIME", "publishing", "COMPLETED", now.minusDays(20), today.minusDays(1), "NONE");
        completedOn("SV-ON-TIME", now.minusDays(3));
        insert("SV-NEW", "printing", "SUBMITTED", now, null, "NONE");
        // decided cases keep the last warning announced; they are no longer warned about
        insert("SV-DENIED-RED", "printing", "DENIED", now.minusDays(60), today.minusDays(20), "RED");
    }

    @Test
    void aSupervisorSeesTheCasesByStatusPerDayAndWarned() throws Exception {
        mvc.perform(get("/api/review/supervision/overview").with(supervisor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.today").value(today.toString()))
                .andExpect(jsonPath("$.byStatus.length()").value(9))
                .andExpect(
                        jsonPath("$.byStatus[?(@.status == 'COMPLETED')].count").value(contains(2)))
                .andExpect(
                        jsonPath("$.byStatus[?(@.status == 'WITHDRAWN')].count").value(contains(0)))
                .andExpect(jsonPath("$.submissionsPerDay.length()").value(30))
                .andExpect(jsonPath("$.submissionsPerDay[29].day").value(today.toString()))
                .andExpect(jsonPath("$.submissionsPerDay[29].count").value(1))
                .andExpect(jsonPath("$.submissionsPerDay[26].count").value(1))
                .andExpect(jsonPath("$.warnings.yellow").value(1))
                .andExpect(jsonPath("$.warnings.red").value(2))
                .andExpect(jsonPath("$.warnings.overdue").value(1));
    }

    @Test
    void theWarnedListsAreSortedByDeadline() throws Exception {
        mvc.perform(get("/api/review/supervision/cases").param("warning", "RED").with(supervisor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[*].caseNo").value(contains("SV-RED-SOON", "SV-RED")))
                .andExpect(jsonPath("$.items[0].itemName").value("出版物零售单位设立审批"))
                .andExpect(jsonPath("$.items[0].applicantName").doesNotExist());
        mvc.perform(get("/api/review/supervision/cases")
                        .param("warning", "YELLOW")
                        .with(supervisor()))
                .andExpect(jsonPath("$.items[*].caseNo").value(contains("SV-YELLOW")));
        mvc.perform(get("/api/review/supervision/cases")
                        .param("warning", "OVERDUE")
                        .with(supervisor()))
                .andExpect(jsonPath("$.items[*].caseNo").value(contains("SV-LATE")));
    }

    @Test
    void theCasesBehindAFigureAreFilteredByDepartmentItemStatusAndDay() throws Exception {
        mvc.perform(get("/api/review/supervision/cases")
                        .param("department", "publishing")
                        .param("status", "COMPLETED")
                        .with(supervisor()))
                .andExpect(jsonPath("$.items[*].caseNo").value(contains("SV-LATE", "SV-ON-TIME")));
        mvc.perform(get("/api/review/supervision/cases")
                        .param("day", today.toString())
                        .with(supervisor()))
                .andExpect(jsonPath("$.items[*].caseNo").value(contains("SV-NEW")));
        mvc.perform(get("/api/review/supervision/cases")
                        .param("itemCode", "ITEM-printing")
                        .param("size", "1")
                        .with(supervisor()))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.size").value(1))
                .andExpect(jsonPath("$.items.length()").value(1));
    }

    @Test
    void onlyASupervisorMayAsk() throws Exception {
        for (var path : new String[] {"/api/review/supervision/overview", "/api/review/supervision/cases"}) {
            mvc.perform(get(path).with(Tokens.staff("reviewer-pub", "reviewer", "publishing")))
                    .andExpect(status().isForbidden());
            mvc.perform(get(path).with(Tokens.staff("approver", "approver", "bureau")))
                    .andExpect(status().isForbidden());
            mvc.perform(get(path)).andExpect(status().isUnauthorized());
        }
    }

    @Test
    void anUnknownWarningIsABadRequest() throws Exception {
        mvc.perform(get("/api/review/supervision/cases")
                        .param("warning", "PURPLE")
                        .with(supervisor()))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/review/supervision/overview").param("days", "0").with(supervisor()))
                .andExpect(status().isBadRequest());
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor supervisor() {
        return Tokens.staff("supervisor", "supervisor", "bureau");
    }

    private void insert(
            String caseNo,
            String department,
            String status,
            OffsetDateTime submittedAt,
            LocalDate deadline,
            String warning) {
        jdbc.sql("""
                        insert into review_case (case_no, application_id, item_code, item_version, item_name, department,
                            review_departments, channel, applicant_name, status, submitted_at, received_at,
                            promised_days, deadline, warning, created_at, updated_at)
                        values (:caseNo, :id, :item, 1, :itemName, :department, cast(:departments as text[]), 'ONLINE',
                            '张三', :status, :at, :at, 20, :deadline, :warning, :at, :at)
                        """)
                .param("caseNo", caseNo)
                .param("id", UUID.randomUUID())
                .param("item", "ITEM-" + department)
                .param("itemName", department.equals("publishing") ? "出版物零售单位设立审批" : "其他事项")
                .param("department", department)
                .param("departments", "{" + department + "}")
                .param("status", status)
                .param("at", submittedAt)
                .param("deadline", deadline)
                .param("warning", warning)
                .update();
    }

    private void completedOn(String caseNo, OffsetDateTime at) {
        jdbc.sql("""
                        insert into audit_entry (case_no, sequence, actor, role, at, action, previous_hash, algorithm,
                            hash, format)
                        values (:caseNo, 1, 'approver', 'approver', :at, 'COMPLETED', :zeros, 'SM3', :zeros, 2)
                        """)
                .param("caseNo", caseNo)
                .param("at", at)
                .param("zeros", "0".repeat(64))
                .update();
    }
}
