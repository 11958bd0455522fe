package org.onewindow.review.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.onewindow.contracts.EventEnvelope;
import org.onewindow.contracts.EventJson;
import org.onewindow.contracts.EventTypes;
import org.onewindow.contracts.Topics;
import org.onewindow.contracts.application.ApplicationResubmitted;
import org.onewindow.platform.testsupport.InfrastructureSupport;
import org.onewindow.platform.testsupport.Tokens;
import org.onewindow.review.ReviewServiceApplication;
import org.onewindow.review.ReviewTestEvents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.BatchMessageListener;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A case from its submission event to completion: supplement, acceptance raced by two clerks,
 * parallel opinions of the two listed departments, the decision, the events and the audit chain.
 */
@SpringBootTest(classes = ReviewServiceApplication.class)
@AutoConfigureMockMvc
class CaseReviewIntegrationTest {

    static final String ITEM = ReviewTestEvents.ITEM;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        InfrastructureSupport.register(registry, "review_cases_test");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    JdbcClient jdbc;

    void send(String topic, EventEnvelope envelope) throws Exception {
        kafka.send(topic, envelope.key(), EventJson.write(envelope)).get();
    }

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    /**
     * The intake applies a poll in one transaction, one commit for many submissions (issue 16), of
     * at most the configured number of records (the placeholder resolved, or Kafka would refuse it).
     */
    @Test
    void theIntakeIsABatchListener() {
        var intake = listeners.getListenerContainers().stream()
                .filter(container -> CaseIntake.NAME.equals(container.getGroupId()))
                .toList();
        assertThat(intake).singleElement().satisfies(container -> {
            assertThat(container.getContainerProperties().getMessageListener())
                    .isInstanceOf(BatchMessageListener.class);
            assertThat(container.getContainerProperties().getKafkaConsumerProperties())
                    .containsEntry("max.poll.records", "100");
        });
    }

    /**
     * The intake's insert is its existence check (no read first): a second ApplicationSubmitted for
     * a case, under an event id of its own so the inbox lets it through, writes nothing.
     */
    @Test
    void aSecondSubmissionOfACaseChangesNothing() throws Exception {
        ReviewTestEvents.publishItem(kafka);
        var caseNo = ITEM + "202603160002";
        ReviewTestEvents.submit(kafka, caseNo, "ONLINE");
        await().atMost(Duration.ofSeconds(30)).until(() -> count("audit_entry", caseNo) == 1);
        var first = jdbc.sql("select application_id from review_case where case_no = :c")
                .param("c", caseNo)
                .query(UUID.class)
                .single();

        ReviewTestEvents.submit(kafka, caseNo, "COUNTER");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql("select count(*) from processed_event where consumer = :consumer"
                                        + " and event_key = :c")
                                .param("consumer", CaseIntake.NAME)
                                .param("c", caseNo)
                                .query(Long.class)
                                .single()
                        == 2);

        assertThat(count("review_case", caseNo)).isEqualTo(1);
        assertThat(count("audit_entry", caseNo)).isEqualTo(1);
        assertThat(jdbc.sql("select application_id, channel from review_case where case_no = :c")
                        .param("c", caseNo)
                        .query((rs, n) -> rs.getObject(1, UUID.class) + " " + rs.getString(2))
                        .single())
                .isEqualTo(first + " ONLINE");
    }

    private long count(String table, String caseNo) {
        return jdbc.sql("select count(*) from " + table + " where case_no = :c")
                .param("c", caseNo)
                .query(Long.class)
                .single();
    }

    @Test
    void fromSubmissionToCompletionWithATamperEvidentTrail() throws Exception {
        var now = OffsetDateTime.now();
        ReviewTestEvents.publishItem(kafka);
        var caseNo = ITEM + "202603160001";
        var submitted = ReviewTestEvents.submit(kafka, caseNo, "ONLINE");
        send(Topics.APPLICATION, submitted); // redelivered
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> mvc.perform(
                                get("/api/review/cases/" + caseNo).with(Tokens.staff("clerk", "clerk", "service-hall")))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.reviewCase.status").value("SUBMITTED")));
        assertThat(jdbc.sql("select count(*) from review_case where case_no = :c")
                        .param("c", caseNo)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        var clerk = Tokens.staff("clerk", "clerk", "service-hall");
        mvc.perform(post("/api/review/cases/" + caseNo + "/request-supplement")
                        .with(clerk)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"items\": [{\"materialId\": \"staff-list\", \"description\": \"缺少专业人员资质证明\"},"
                                + " {\"field\": \"professionalStaff\", \"description\": \"人数与名单不一致\"}]}"))
                .andExpect(jsonPath("$.status").value("SUPPLEMENT_REQUESTED"));
        send(
                Topics.APPLICATION,
                EventEnvelope.of(
                        EventTypes.APPLICATION_RESUBMITTED,
                        caseNo,
                        new ApplicationResubmitted(
                                caseNo, submitted.payload().get("applicationId").asString(), now),
                        now));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> mvc.perform(get("/api/review/cases/" + caseNo).with(clerk))
                                .andExpect(jsonPath("$.reviewCase.status").value("SUBMITTED")));

        mvc.perform(get("/api/review/tasks").with(clerk))
                .andExpect(jsonPath("$[?(@.caseNo == '" + caseNo + "')].step")
                        .value(org.hamcrest.Matchers.contains("ACCEPT")));
        var racers = new ArrayList<Callable<Integer>>();
        for (var name : List.of("clerk-a", "clerk-b")) {
            racers.add(() -> mvc.perform(post("/api/review/cases/" + caseNo + "/accept")
                            .with(Tokens.staff(name, "clerk", "service-hall")))
                    .andReturn()
                    .getResponse()
                    .getStatus());
        }
        var pool = Executors.newFixedThreadPool(2);
        var statuses = new ArrayList<Integer>();
        for (var result : pool.invokeAll(racers)) {
            statuses.add(result.get());
        }
        pool.shutdown();
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);

        mvc.perform(get("/api/review/tasks").with(Tokens.staff("reviewer-pub", "reviewer", "publishing")))
                .andExpect(jsonPath("$[?(@.caseNo == '" + caseNo + "')].step")
                        .value(org.hamcrest.Matchers.contains("OPINION")))
                .andExpect(jsonPath("$[?(@.caseNo == '" + caseNo + "')].warning")
                        .value(org.hamcrest.Matchers.contains("NONE")));
        mvc.perform(get("/api/review/tasks").with(Tokens.staff("reviewer-prt", "reviewer", "printing")))
                .andExpect(jsonPath("$[?(@.caseNo == '" + caseNo + "')]").isEmpty());
        var approverToken = Tokens.staff("approver", "approver", "bureau");
        var deadlineBefore = jdbc.sql("select deadline from review_case where case_no = :c")
                .param("c", caseNo)
                .query(java.time.LocalDate.class)
                .single();
        mvc.perform(post("/api/review/cases/" + caseNo + "/extension")
                        .with(approverToken)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"workingDays\": 11, \"reason\": \"需要现场核查\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/review/cases/" + caseNo + "/extension")
                        .with(approverToken)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"workingDays\": 5, \"reason\": \"需要现场核查\"}"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/review/cases/" + caseNo + "/extension")
                        .with(approverToken)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"workingDays\": 5, \"reason\": \"again\"}"))
                .andExpect(status().isConflict());
        var deadlineAfter = jdbc.sql("select deadline from review_case where case_no = :c")
                .param("c", caseNo)
                .query(java.time.LocalDate.class)
                .single();
        assertThat(deadlineAfter).isAfter(deadlineBefore);
        var rtv = Tokens.staff("reviewer-rtv", "reviewer", "radio-tv");
        var special = "{\"procedure\": \"EXPERT_REVIEW\", \"note\": \"组织专家评审\"}";
        mvc.perform(post("/api/review/cases/" + caseNo + "/special-procedure")
                        .with(rtv)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(special))
                .andExpect(status().isOk());
        mvc.perform(post("/api/review/cases/" + caseNo + "/special-procedure")
                        .with(rtv)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(special))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/review/cases/" + caseNo + "/special-procedure/end")
                        .with(rtv))
                .andExpect(status().isOk());
        mvc.perform(post("/api/review/cases/" + caseNo + "/special-procedure/end")
                        .with(rtv))
                .andExpect(status().isConflict());

        var opinion = "{\"opinion\": \"同意\", \"favourable\": true}";
        // printing does not review this item: for its reviewers the case does not exist
        mvc.perform(post("/api/review/cases/" + caseNo + "/opinions")
                        .with(Tokens.staff("reviewer-prt", "reviewer", "printing"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(opinion))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/review/cases/" + caseNo + "/opinions")
                        .with(Tokens.staff("reviewer-rtv", "reviewer", "radio-tv"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(opinion))
                .andExpect(jsonPath("$.status").value("IN_REVIEW"));
        var approve = "{\"decision\": \"APPROVE\", \"reason\": \"符合条件\"}";
        var approver = Tokens.staff("approver", "approver", "bureau");
        mvc.perform(post("/api/review/cases/" + caseNo + "/decision")
                        .with(approver)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(approve))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/review/cases/" + caseNo + "/opinions")
                        .with(Tokens.staff("reviewer-pub", "reviewer", "publishing"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(opinion))
                .andExpect(status().isOk());
        mvc.perform(post("/api/review/cases/" + caseNo + "/opinions")
                        .with(Tokens.staff("reviewer-pub", "reviewer", "publishing"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(opinion))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/review/cases/" + caseNo + "/decision")
                        .with(approver)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(approve))
                .andExpect(jsonPath("$.status").value("COMPLETED"));

        var types = InfrastructureSupport.readUntil(
                        Topics.REVIEW,
                        Duration.ofSeconds(30),
                        seen -> seen.stream()
                                .anyMatch(
                                        r -> caseNo.equals(r.key()) && r.value().contains("CaseCompleted")))
                .stream()
                .filter(r -> caseNo.equals(r.key()))
                .map(r -> EventJson.read(r.value()).type())
                .toList();
        assertThat(types)
                .containsExactly(
                        "SupplementRequested",
                        "SupplementReceived",
                        "CaseAccepted",
                        "CaseExtended",
                        "SpecialProcedureStarted",
                        "SpecialProcedureEnded",
                        "OpinionRecorded",
                        "OpinionRecorded",
                        "DecisionMade",
                        "CertificateIssued",
                        "CaseCompleted");
        var certificateNo = jdbc.sql("select certificate_no from certificate where case_no = :c")
                .param("c", caseNo)
                .query(String.class)
                .single();
        mvc.perform(get("/api/review/certificates/" + certificateNo + "/verify"))
                .andExpect(jsonPath("$.valid").value(true));
        // the clerk prints the certificate whole, with the code that opens its content to the public
        var issued = EventJson.mapper()
                .readTree(mvc.perform(get("/api/review/cases/" + caseNo).with(clerk))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("certificate");
        var code = issued.get("verificationCode").asString();
        mvc.perform(get("/api/review/certificates/" + certificateNo))
                .andExpect(jsonPath("$.status").value("VALID"))
                .andExpect(jsonPath("$.content").doesNotExist());
        mvc.perform(get("/api/review/certificates/" + certificateNo).param("code", code))
                .andExpect(jsonPath("$.content.holder").value("示例影视文化有限公司"))
                .andExpect(jsonPath("$.algorithm").value("SM2-SM3"));
        var presented = "{\"content\": " + issued.get("content") + ", \"signature\": \""
                + issued.get("signature").asString() + "\"}";
        mvc.perform(post("/api/review/certificates/verify")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(presented))
                .andExpect(jsonPath("$.valid").value(true));
        mvc.perform(post("/api/review/certificates/verify")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(presented.replace("示例影视文化有限公司", "冒名顶替有限公司")))
                .andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.signatureValid").value(false));
        mvc.perform(post("/api/review/certificates/" + certificateNo + "/revoke")
                        .with(Tokens.staff("reviewer-pub", "reviewer", "publishing"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"x\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/review/certificates/" + certificateNo + "/revoke")
                        .with(approver)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"许可证被依法撤销\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/review/certificates/" + certificateNo + "/verify"))
                .andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.revoked").value(true))
                .andExpect(jsonPath("$.signatureValid").value(true));
        jdbc.sql("update certificate set content = replace(content, '2026', '2099') where certificate_no = :no")
                .param("no", certificateNo)
                .update();
        mvc.perform(get("/api/review/certificates/" + certificateNo + "/verify"))
                .andExpect(jsonPath("$.valid").value(false));
        mvc.perform(get("/api/review/certificates/1.2.156.3005.2.X.Y.00000001.1.K/verify"))
                .andExpect(jsonPath("$.known").value(false));

        mvc.perform(get("/actuator/prometheus"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.allOf(
                                org.hamcrest.Matchers.containsString("onewindow_review_cases{"),
                                org.hamcrest.Matchers.containsString("onewindow_review_cases_overdue"),
                                org.hamcrest.Matchers.containsString("onewindow_review_cases_warning{"),
                                org.hamcrest.Matchers.containsString("onewindow_review_cases_completed_late"),
                                org.hamcrest.Matchers.containsString("onewindow_review_working_days_to_decision"))));
        var supervisor = Tokens.staff("supervisor", "supervisor", "bureau");
        mvc.perform(get("/api/review/cases/" + caseNo + "/audit").with(supervisor))
                .andExpect(jsonPath("$.verified").value(true))
                .andExpect(jsonPath("$.entries[0].algorithm").value("SM3"));
        jdbc.sql("update audit_entry set opinion = '不同意' where case_no = :c and sequence = 5")
                .param("c", caseNo)
                .update();
        mvc.perform(get("/api/review/cases/" + caseNo + "/audit").with(supervisor))
                .andExpect(jsonPath("$.verified").value(false))
                .andExpect(jsonPath("$.firstBrokenSequence").value(5));
    }
}
