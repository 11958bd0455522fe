package org.onewindow.review.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.contracts.EventJson;
import org.onewindow.contracts.Topics;
import org.onewindow.platform.testsupport.InfrastructureSupport;
import org.onewindow.platform.testsupport.Tokens;
import org.onewindow.review.ReviewServiceApplication;
import org.onewindow.review.ReviewTestEvents;
import org.onewindow.review.calendar.Calendars;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Deemed acceptance on the 6th working day after the latest (re)submission, each warning
 * transition announced once even by two sweeps at once, no warning while a special procedure
 * stops the clock, and every due case in one sweep however many there are.
 */
@SpringBootTest(classes = ReviewServiceApplication.class)
@AutoConfigureMockMvc
class DeadlineSweepIntegrationTest {

    static final String ITEM = ReviewTestEvents.ITEM;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        InfrastructureSupport.register(registry, "review_sweep_test");
    }

    @Autowired
    DeadlineSweep sweep;

    @Autowired
    Calendars calendars;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    Clock clock;

    @BeforeEach
    void item() throws Exception {
        ReviewTestEvents.publishItem(kafka);
    }

    @Test
    void deemsAcceptanceOnTheSixthWorkingDayThenWarnsOnceAndFlagsOverdueOnce() throws Exception {
        var caseNo = ITEM + "202603169001";
        ReviewTestEvents.submit(kafka, caseNo, "WINDOW");
        await().atMost(Duration.ofSeconds(30)).until(() -> statusOf(caseNo) != null);

        var calendar = calendars.current();
        // the bureau's day (Asia/Shanghai), not the test machine's
        var receivedOn = LocalDate.now(clock);
        sweep.sweep(calendar.plusWorkingDays(receivedOn, 5));
        assertThat(statusOf(caseNo))
                .as("the 5th working day has not passed yet")
                .isEqualTo("SUBMITTED");
        sweep.sweep(calendar.plusWorkingDays(receivedOn, 6));
        assertThat(statusOf(caseNo)).isEqualTo("ACCEPTED");

        var deadline = jdbc.sql("select deadline from review_case where case_no = :c")
                .param("c", caseNo)
                .query(LocalDate.class)
                .single();
        assertThat(deadline).isEqualTo(calendar.plusWorkingDays(receivedOn, 12));
        var nearTheEnd = calendar.plusWorkingDays(receivedOn, 10);
        sweep.sweep(nearTheEnd);
        sweep.sweep(nearTheEnd);

        var pastIt = deadline.plusDays(3);
        var pool = Executors.newFixedThreadPool(2);
        List<Callable<Integer>> twoInstances = List.of(() -> sweep.sweep(pastIt), () -> sweep.sweep(pastIt));
        for (var result : pool.invokeAll(twoInstances)) {
            result.get();
        }
        pool.shutdown();

        var types = InfrastructureSupport.readUntil(
                        Topics.REVIEW,
                        Duration.ofSeconds(30),
                        seen -> seen.stream()
                                .anyMatch(
                                        r -> caseNo.equals(r.key()) && r.value().contains("CaseOverdue")))
                .stream()
                .filter(r -> caseNo.equals(r.key()))
                .map(r -> EventJson.read(r.value()))
                .toList();
        assertThat(types).extracting(e -> e.type()).containsExactly("CaseAccepted", "DeadlineWarning", "CaseOverdue");
        assertThat(types.get(0).payload().get("deemed").asBoolean()).isTrue();
        assertThat(jdbc.sql("select action from audit_entry where case_no = :c order by sequence")
                        .param("c", caseNo)
                        .query(String.class)
                        .list())
                .containsExactly("RECEIVED", "DEEMED_ACCEPTED");
    }

    @Test
    void deemedAcceptanceCountsFromTheLatestResubmission() throws Exception {
        var caseNo = ITEM + "202603169002";
        var submitted = ReviewTestEvents.submit(kafka, caseNo, "ONLINE");
        await().atMost(Duration.ofSeconds(30)).until(() -> statusOf(caseNo) != null);
        mvc.perform(post("/api/review/cases/" + caseNo + "/request-supplement")
                        .with(Tokens.staff("clerk", "clerk", "service-hall"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"items\": [{\"materialId\": \"staff-list\", \"description\": \"名单缺页\"}]}"))
                .andExpect(status().isOk());
        var calendar = calendars.current();
        var receivedOn = LocalDate.now(clock);
        var resubmittedOn = calendar.plusWorkingDays(receivedOn, 3);
        ReviewTestEvents.resubmit(
                kafka,
                submitted,
                resubmittedOn.atTime(10, 0).atZone(clock.getZone()).toOffsetDateTime());
        await().atMost(Duration.ofSeconds(30)).until(() -> "SUBMITTED".equals(statusOf(caseNo)));

        sweep.sweep(calendar.plusWorkingDays(resubmittedOn, 5));
        assertThat(statusOf(caseNo))
                .as("6 working days after the submission, 5 after the resubmission")
                .isEqualTo("SUBMITTED");
        sweep.sweep(calendar.plusWorkingDays(resubmittedOn, 6));
        assertThat(statusOf(caseNo)).isEqualTo("ACCEPTED");
        assertThat(jdbc.sql("select accepted_on from review_case where case_no = :c")
                        .param("c", caseNo)
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(resubmittedOn);
    }

    @Test
    void aRunningSpecialProcedureStopsTheClockForTheSweep() throws Exception {
        var caseNo = ITEM + "202603169003";
        ReviewTestEvents.submit(kafka, caseNo, "ONLINE");
        await().atMost(Duration.ofSeconds(30)).until(() -> statusOf(caseNo) != null);
        mvc.perform(post("/api/review/cases/" + caseNo + "/accept")
                        .with(Tokens.staff("clerk", "clerk", "service-hall")))
                .andExpect(status().isOk());
        mvc.perform(post("/api/review/cases/" + caseNo + "/special-procedure")
                        .with(Tokens.staff("approver", "approver", "bureau"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"procedure\": \"HEARING\", \"note\": \"听证\"}"))
                .andExpect(status().isOk());

        sweep.sweep(LocalDate.now(clock).plusMonths(3));

        assertThat(warning(caseNo)).as("months on, but the clock stands still").isEqualTo("NONE");
        // accepted a month ago, the procedure started three weeks ago, the deadline passed since
        var today = LocalDate.now(clock);
        jdbc.sql("update review_case set accepted_on = :accepted, special_since = :since, deadline = :deadline"
                        + " where case_no = :c")
                .param("accepted", today.minusDays(30))
                .param("since", today.minusDays(21))
                .param("deadline", today.minusDays(5))
                .param("c", caseNo)
                .update();
        sweep.sweep(today);
        assertThat(warning(caseNo)).isEqualTo("NONE");
        mvc.perform(get("/api/review/tasks").with(Tokens.staff("reviewer-pub", "reviewer", "publishing")))
                .andExpect(jsonPath("$[?(@.caseNo == '" + caseNo + "')].warning")
                        .value(org.hamcrest.Matchers.contains("NONE")))
                .andExpect(jsonPath("$[?(@.caseNo == '" + caseNo + "')].clockStopped")
                        .value(org.hamcrest.Matchers.contains(true)));
    }

    @Test
    void oneSweepCoversEveryDueCaseBeyondABatch() {
        int cases = 1_000;
        jdbc.sql("""
                        insert into review_case (case_no, application_id, item_code, item_version, item_name, department,
                            review_departments, channel, applicant_name, status, submitted_at, received_at,
                            promised_days, created_at, updated_at)
                        select 'BULK' || lpad(n::text, 6, '0'), gen_random_uuid(), :item, 1, '示例事项', 'radio-tv',
                               '{radio-tv,publishing}', 'ONLINE', '示例公司', 'SUBMITTED', now() - interval '60 days',
                               now() - interval '60 days', 12, now(), now()
                        from generate_series(1, :n) n
                        """).param("item", ITEM).param("n", cases).update();
        assertThat(cases).isGreaterThan(DeadlineSweep.BATCH);

        int changed = sweep.sweep(LocalDate.now(clock));

        assertThat(changed).as("deemed accepted, then overdue").isGreaterThanOrEqualTo(2 * cases);
        assertThat(jdbc.sql("select status || ' ' || warning as s, count(*) from review_case where case_no like 'BULK%'"
                                + " group by 1")
                        .query((rs, n) -> rs.getString("s") + " " + rs.getLong(2))
                        .list())
                .containsExactly("ACCEPTED RED " + cases);
        assertThat(jdbc.sql(
                                "select count(*) from audit_entry where case_no like 'BULK%' and action = 'DEEMED_ACCEPTED'")
                        .query(Long.class)
                        .single())
                .isEqualTo(cases);
        // out of the way of the other tests' queues, which show the 200 longest waiting
        jdbc.sql("delete from audit_entry where case_no like 'BULK%'").update();
        jdbc.sql("delete from review_case where case_no like 'BULK%'").update();
    }

    private String statusOf(String caseNo) {
        return jdbc.sql("select status from review_case where case_no = :c")
                .param("c", caseNo)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private String warning(String caseNo) {
        return jdbc.sql("select warning from review_case where case_no = :c")
                .param("c", caseNo)
                .query(String.class)
                .single();
    }
}
