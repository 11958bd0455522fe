package org.onewindow.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.onewindow.contracts.EventEnvelope;
import org.onewindow.contracts.EventJson;
import org.onewindow.contracts.EventTypes;
import org.onewindow.contracts.Topics;
import org.onewindow.platform.testsupport.InfrastructureSupport;
import org.onewindow.platform.testsupport.Tokens;
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
 * Hole 7, disclosure's side: the rectification report tells application-service (disclosure.v1)
 * that the applicant may rate once more, and that one follow-up rating is what the public
 * figures count. Also: a withdrawal review refused never counts the case as withdrawn.
 */
@SpringBootTest(classes = DisclosureServiceApplication.class)
@AutoConfigureMockMvc
class FollowUpRatingIntegrationTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        InfrastructureSupport.register(registry, "disclosure_follow_up_test");
        registry.add("onewindow.disclosure.consumer-group", () -> "disclosure-follow-up-test");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    final String department =
            "follow-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    final String item = "11530000MB00000012XK00012"
            + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
    final DisclosureEvents events;

    FollowUpRatingIntegrationTest(@Autowired KafkaTemplate<String, String> kafka) {
        this.events = new DisclosureEvents(kafka, item, department);
    }

    String caseNo(int n) {
        return item + "20261201" + String.format("%04d", n);
    }

    @Test
    void reportingARectificationPutsExactlyOneRectificationReportedOnDisclosureV1() throws Exception {
        var caseNo = caseNo(1);
        events.submitted(caseNo, "张三丰");
        events.evaluated(caseNo, 1, OffsetDateTime.now());
        awaitRectification(caseNo);
        var supervisor = Tokens.staff("supervisor", "supervisor", "bureau");
        var path = "/api/disclosure/evaluations/" + caseNo;
        var note = "{\"note\": \"已回访\"}";
        mvc.perform(post(path + "/call-back")
                        .with(supervisor)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(note))
                .andExpect(status().isOk());
        mvc.perform(post(path + "/rectification")
                        .with(supervisor)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(note))
                .andExpect(status().isOk());
        // a repeated report is refused, and whatever it wrote is rolled back with it
        mvc.perform(post(path + "/rectification")
                        .with(supervisor)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(note))
                .andExpect(status().isConflict());

        var seen = InfrastructureSupport.readUntil(
                Topics.DISCLOSURE,
                Duration.ofSeconds(30),
                records -> records.stream().anyMatch(r -> caseNo.equals(r.key())));
        var reported = seen.stream()
                .filter(r -> caseNo.equals(r.key()))
                .map(r -> EventJson.read(r.value()))
                .toList();
        assertThat(reported).hasSize(1);
        assertThat(reported.get(0).type()).isEqualTo(EventTypes.RECTIFICATION_REPORTED.name());
        var payload = reported.get(0).payloadAs(EventTypes.RECTIFICATION_REPORTED);
        assertThat(payload.caseNo()).isEqualTo(caseNo);
        assertThat(payload.department()).isEqualTo(department);
        assertThat(payload.reportedAt()).isNotNull();
        assertThat(jdbc.sql("select count(*) from outbox_event where event_key = :key and event_type = :type")
                        .param("key", caseNo)
                        .param("type", EventTypes.RECTIFICATION_REPORTED.name())
                        .query(Long.class)
                        .single())
                .as("one event in the outbox, however often the report was tried")
                .isEqualTo(1);
    }

    @Test
    void theFollowUpRatingMovesTheFiguresOnceAndASecondFollowUpIsIgnored() throws Exception {
        var poor = caseNo(2);
        var good = caseNo(3);
        var first = OffsetDateTime.now();
        events.submitted(poor, "李四");
        events.submitted(good, "王五");
        events.evaluated(poor, 2, first);
        events.evaluated(good, 4, first);
        awaitRectification(poor);
        awaitSatisfaction(2, 0, 1, 1, 0, 0, 0.5);

        // application-service opens the follow-up once the rectification is reported
        events.evaluated(poor, 5, first.plusMinutes(1));
        awaitSatisfaction(2, 1, 0, 0, 1, 0, 1.0);

        var secondFollowUp = events.evaluated(poor, 1, first.plusMinutes(2));
        var secondOfAGoodCase = events.evaluated(good, 1, first.plusMinutes(2));
        awaitProcessed(secondFollowUp);
        awaitProcessed(secondOfAGoodCase);
        expectSatisfaction("/api/disclosure/evaluations", 2, 1, 0, 0, 1, 0, 1.0);
        expectSatisfaction("/api/disclosure/statistics", 2, 1, 0, 0, 1, 0, 1.0);
        // a poor follow-up would not open a second rectification either: still the one
        mvc.perform(get("/api/disclosure/evaluations").param("department", department))
                .andExpect(jsonPath("$.rectifications.length()").value(1));
    }

    @Test
    void aWithdrawalReviewRefusedNeverCountsTheCaseAsWithdrawn() throws Exception {
        // review's refusal may arrive before or after the applicant's withdrawal: different topics
        var withdrawnFirst = caseNo(4);
        var refusedFirst = caseNo(5);
        events.submitted(withdrawnFirst, "赵六");
        events.withdrawn(withdrawnFirst);
        var refusal = events.withdrawalRefused(withdrawnFirst);
        events.submitted(refusedFirst, "钱七");
        events.withdrawalRefused(refusedFirst);
        var late = events.withdrawn(refusedFirst);
        // and a withdrawal nobody refused still counts
        var withdrawn = caseNo(6);
        events.submitted(withdrawn, "孙八");
        var accepted = events.withdrawn(withdrawn);
        for (var envelope : new EventEnvelope[] {refusal, late, accepted}) {
            await().atMost(Duration.ofSeconds(30)).until(() -> processed("disclosure-statistics", envelope) == 1);
        }
        assertThat(countsAsWithdrawn(withdrawnFirst)).isFalse();
        assertThat(countsAsWithdrawn(refusedFirst)).isFalse();
        assertThat(countsAsWithdrawn(withdrawn)).isTrue();
    }

    private boolean countsAsWithdrawn(String caseNo) {
        return jdbc.sql("select withdrawn_at is not null from case_fact where case_no = :caseNo")
                .param("caseNo", caseNo)
                .query(Boolean.class)
                .single();
    }

    private long processed(String consumer, EventEnvelope envelope) {
        return jdbc.sql("select count(*) from processed_event where consumer = :consumer and event_id = :id")
                .param("consumer", consumer)
                .param("id", envelope.eventId())
                .query(Long.class)
                .single();
    }

    private void awaitProcessed(EventEnvelope envelope) {
        await().atMost(Duration.ofSeconds(30)).until(() -> processed("disclosure-evaluations", envelope) == 1);
    }

    private void awaitRectification(String caseNo) {
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> mvc.perform(get("/api/disclosure/evaluations").param("department", department))
                                .andExpect(jsonPath("$.rectifications[?(@.caseNo == '" + caseNo + "')]")
                                        .isNotEmpty()));
    }

    private void awaitSatisfaction(
            long evaluations, long followUps, long poor, long level2, long level5, long level1, double rate) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            expectSatisfaction(
                    "/api/disclosure/evaluations", evaluations, followUps, poor, level2, level5, level1, rate);
            expectSatisfaction(
                    "/api/disclosure/statistics", evaluations, followUps, poor, level2, level5, level1, rate);
        });
    }

    /** Both public pages, the department's row and the total, say the same. */
    private void expectSatisfaction(
            String page,
            long evaluations,
            long followUps,
            long poor,
            long level2,
            long level5,
            long level1,
            double rate)
            throws Exception {
        for (var at : new String[] {"$.satisfaction", "$.departments[0].satisfaction"}) {
            mvc.perform(get(page).param("department", department))
                    .andExpect(jsonPath(at + ".evaluations").value(evaluations))
                    .andExpect(jsonPath(at + ".followUps").value(followUps))
                    .andExpect(jsonPath(at + ".poor").value(poor))
                    .andExpect(jsonPath(at + ".levels.2").value(level2))
                    .andExpect(jsonPath(at + ".levels.5").value(level5))
                    .andExpect(jsonPath(at + ".levels.1").value(level1))
                    .andExpect(jsonPath(at + ".satisfactionRate").value(rate));
        }
    }
}
