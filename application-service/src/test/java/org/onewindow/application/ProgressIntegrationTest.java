package org.onewindow.application;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.onewindow.contracts.EventEnvelope;
import org.onewindow.contracts.EventJson;
import org.onewindow.contracts.EventType;
import org.onewindow.contracts.EventTypes;
import org.onewindow.contracts.Topics;
import org.onewindow.contracts.review.CaseAccepted;
import org.onewindow.contracts.review.CaseCompleted;
import org.onewindow.contracts.review.DecisionMade;
import org.onewindow.contracts.review.OpinionRecorded;
import org.onewindow.contracts.review.SupplementRequested;
import org.onewindow.platform.testsupport.InfrastructureSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** review.v1 moves the case forward only, once per event; case numbers stay unique under load. */
@SpringBootTest(classes = ApplicationServiceApplication.class)
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgressIntegrationTest {

    static final String CODE = "11530000MB00000012XK00012000702";
    static final RequestPostProcessor APPLICANT = ApplicationTestSupport.applicant("applicant-3");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        InfrastructureSupport.register(registry, "application_progress_test");
        registry.add("onewindow.catalog.uri", () -> "http://127.0.0.1:9");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @BeforeAll
    void publishTheItem() throws Exception {
        ApplicationTestSupport.publish(kafka, CODE, 1);
    }

    String submittedCase() throws Exception {
        return ApplicationTestSupport.submittedCase(mvc, APPLICANT, CODE);
    }

    <P> EventEnvelope send(EventType<P> type, String caseNo, P payload) throws Exception {
        return ApplicationTestSupport.sendReview(kafka, type, caseNo, payload);
    }

    void awaitStatus(String caseNo, String expected) {
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> mvc.perform(
                                get("/api/applications/by-case/" + caseNo).with(APPLICANT))
                        .andExpect(jsonPath("$.status").value(expected)));
    }

    @Test
    void reviewEventsMoveTheCaseForwardAndNeverBack() throws Exception {
        var caseNo = submittedCase();
        var now = OffsetDateTime.now();
        var supplement = send(
                EventTypes.SUPPLEMENT_REQUESTED,
                caseNo,
                new SupplementRequested(
                        caseNo,
                        List.of(
                                new SupplementRequested.Item("business-license", null, "营业执照复印件不清晰"),
                                new SupplementRequested.Item(null, "address", "地址与营业执照不一致")),
                        "clerk",
                        now));
        awaitStatus(caseNo, "SUPPLEMENT_REQUESTED");
        mvc.perform(get("/api/applications/by-case/" + caseNo).with(APPLICANT))
                .andExpect(jsonPath("$.supplement[*].description").value(contains("营业执照复印件不清晰", "地址与营业执照不一致")));
        // the same event again: applied once
        kafka.send(Topics.REVIEW, caseNo, EventJson.write(supplement)).get();

        var id = EventJson.mapper()
                .readTree(mvc.perform(get("/api/applications/by-case/" + caseNo).with(APPLICANT))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("id")
                .asString();
        mvc.perform(post("/api/applications/" + id + "/supplement").with(APPLICANT))
                .andExpect(status().isOk());
        awaitStatus(caseNo, "SUBMITTED");

        send(
                EventTypes.CASE_ACCEPTED,
                caseNo,
                new CaseAccepted(caseNo, "受理1", LocalDate.now().plusDays(14), List.of(), null, false, now));
        send(EventTypes.OPINION_RECORDED, caseNo, new OpinionRecorded(caseNo, "publishing", "同意", true, now));
        send(EventTypes.DECISION_MADE, caseNo, new DecisionMade(caseNo, "APPROVE", "符合条件", now));
        // late: an acceptance after the decision changes nothing
        send(
                EventTypes.CASE_ACCEPTED,
                caseNo,
                new CaseAccepted(caseNo, "受理2", LocalDate.now().plusDays(14), List.of(), null, false, now));
        send(EventTypes.CASE_COMPLETED, caseNo, new CaseCompleted(caseNo, "APPROVED", 3, true, now));
        awaitStatus(caseNo, "COMPLETED");
        mvc.perform(get("/api/applications/by-case/" + caseNo).with(APPLICANT))
                .andExpect(jsonPath("$.timeline[*].action")
                        .value(contains(
                                "DRAFT_CREATED",
                                "MATERIAL_UPLOADED",
                                "MATERIAL_UPLOADED",
                                "MATERIAL_UPLOADED",
                                "SUBMITTED",
                                "SUPPLEMENT_REQUESTED",
                                "RESUBMITTED",
                                "ACCEPTED",
                                "OPINION_RECORDED",
                                "APPROVED",
                                "COMPLETED")));

        mvc.perform(post("/api/applications/" + id + "/withdraw").with(APPLICANT))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/applications/" + id + "/evaluation")
                        .with(APPLICANT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"level\": 6}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/applications/" + id + "/evaluation")
                        .with(APPLICANT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"level\": 2, \"comment\": \"补正通知来得太晚\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(post("/api/applications/" + id + "/evaluation")
                        .with(APPLICANT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"level\": 5}"))
                .andExpect(status().isConflict());
        var evaluated = InfrastructureSupport.readUntil(
                        Topics.APPLICATION,
                        Duration.ofSeconds(30),
                        seen -> seen.stream()
                                .anyMatch(
                                        r -> caseNo.equals(r.key()) && r.value().contains("ApplicationEvaluated")))
                .stream()
                .filter(r -> caseNo.equals(r.key()))
                .map(r -> EventJson.read(r.value()).type())
                .toList();
        Assertions.assertThat(evaluated)
                .containsExactly("ApplicationSubmitted", "ApplicationResubmitted", "ApplicationEvaluated");
    }

    @Test
    void concurrentSubmissionsGetDistinctCaseNumbers() throws Exception {
        var drafts = new ArrayList<Callable<String>>();
        for (int i = 0; i < 12; i++) {
            drafts.add(this::submittedCase);
        }
        var pool = Executors.newFixedThreadPool(6);
        try {
            var caseNumbers = Collections.synchronizedList(new ArrayList<String>());
            for (var future : pool.invokeAll(drafts)) {
                caseNumbers.add(future.get());
            }
            Assertions.assertThat(caseNumbers)
                    .hasSize(12)
                    .doesNotHaveDuplicates()
                    .allMatch(c -> c.startsWith(CODE));
        } finally {
            pool.shutdown();
        }
    }
}
