package org.onewindow.review.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.contracts.EventEnvelope;
import org.onewindow.contracts.EventJson;
import org.onewindow.contracts.Topics;
import org.onewindow.platform.testsupport.InfrastructureSupport;
import org.onewindow.platform.testsupport.Tokens;
import org.onewindow.review.ReviewServiceApplication;
import org.onewindow.review.ReviewTestEvents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The paths of a case's life the first flow tests missed (issue 12, review's side): a supplement
 * during review, a withdrawal against a decision in either order, acceptance with gaps (容缺), and no
 * decision while a special procedure runs.
 */
@SpringBootTest(classes = ReviewServiceApplication.class)
@AutoConfigureMockMvc
class CaseLifecycleIntegrationTest {

    static final String ITEM = ReviewTestEvents.ITEM;
    static final RequestPostProcessor CLERK = Tokens.staff("clerk", "clerk", "service-hall");
    static final RequestPostProcessor APPROVER = Tokens.staff("approver", "approver", "bureau");
    static final String APPROVE = "{\"decision\": \"APPROVE\", \"reason\": \"符合条件\"}";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        InfrastructureSupport.register(registry, "review_lifecycle_test");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @BeforeEach
    void item() throws Exception {
        ReviewTestEvents.publishItem(kafka);
    }

    @Test
    void aSupplementDuringReviewTakesTheCaseBackIntoReviewAndSaysSo() throws Exception {
        var caseNo = ITEM + "202603167001";
        var submitted = submit(caseNo);
        mvc.perform(json(post(url(caseNo) + "/accept").with(CLERK), "{}")).andExpect(status().isOk());
        opinion(caseNo, "publishing").andExpect(jsonPath("$.status").value("IN_REVIEW"));
        mvc.perform(json(
                        post(url(caseNo) + "/request-supplement").with(CLERK),
                        "{\"items\": [{\"materialId\": \"staff-list\", \"description\": \"名单缺页\"}]}"))
                .andExpect(jsonPath("$.status").value("SUPPLEMENT_REQUESTED"))
                .andExpect(jsonPath("$.clock").value("STOPPED"));

        ReviewTestEvents.resubmit(kafka, submitted, OffsetDateTime.now(clock));
        awaitStatus(caseNo, "IN_REVIEW");
        opinion(caseNo, "radio-tv").andExpect(status().isOk());
        mvc.perform(json(post(url(caseNo) + "/decision").with(APPROVER), APPROVE))
                .andExpect(jsonPath("$.status").value("COMPLETED"));

        var events = reviewEvents(caseNo, "CaseCompleted");
        assertThat(events)
                .extracting(EventEnvelope::type)
                .containsExactly(
                        "CaseAccepted",
                        "OpinionRecorded",
                        "SupplementRequested",
                        "SupplementReceived",
                        "OpinionRecorded",
                        "DecisionMade",
                        "CertificateIssued",
                        "CaseCompleted");
        var received = events.get(3).payload();
        assertThat(received.get("status").asString()).isEqualTo("IN_REVIEW");
        assertThat(received.get("deadline").asString()).isNotBlank();
    }

    @Test
    void aWithdrawalAfterTheDecisionIsRefusedAndReported() throws Exception {
        var caseNo = ITEM + "202603167002";
        var submitted = readyToDecide(caseNo);
        mvc.perform(json(post(url(caseNo) + "/decision").with(APPROVER), APPROVE))
                .andExpect(status().isOk());

        ReviewTestEvents.withdraw(kafka, submitted);

        var refused = reviewEvents(caseNo, "WithdrawalRefused").stream()
                .filter(e -> e.type().equals("WithdrawalRefused"))
                .findFirst()
                .orElseThrow();
        assertThat(refused.payload().get("status").asString()).isEqualTo("COMPLETED");
        mvc.perform(get(url(caseNo)).with(CLERK))
                .andExpect(jsonPath("$.reviewCase.status").value("COMPLETED"));
        assertThat(certificates(caseNo)).isEqualTo(1);
    }

    @Test
    void aDecisionAfterTheWithdrawalIsAConflictAndIssuesNoCertificate() throws Exception {
        var caseNo = ITEM + "202603167003";
        var submitted = readyToDecide(caseNo);

        ReviewTestEvents.withdraw(kafka, submitted);
        awaitStatus(caseNo, "WITHDRAWN");

        mvc.perform(json(post(url(caseNo) + "/decision").with(APPROVER), APPROVE))
                .andExpect(status().isConflict());
        assertThat(certificates(caseNo)).isZero();
    }

    @Test
    void aWithdrawalAndADecisionAtOnceEndTheWayTheRowLockOrderedThem() throws Exception {
        var caseNo = ITEM + "202603167004";
        var submitted = readyToDecide(caseNo);

        var pool = Executors.newSingleThreadExecutor();
        Future<Integer> decision;
        try {
            decision = pool.submit(() -> mvc.perform(
                            json(post(url(caseNo) + "/decision").with(APPROVER), APPROVE))
                    .andReturn()
                    .getResponse()
                    .getStatus());
            ReviewTestEvents.withdraw(kafka, submitted);
            int answered = decision.get();
            if (answered == 200) {
                reviewEvents(caseNo, "WithdrawalRefused");
                assertThat(statusOf(caseNo)).isEqualTo("COMPLETED");
                assertThat(certificates(caseNo)).isEqualTo(1);
            } else {
                assertThat(answered).isEqualTo(409);
                awaitStatus(caseNo, "WITHDRAWN");
                assertThat(certificates(caseNo)).isZero();
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aGapBlocksApprovalShowsInTheClerksQueueWhenLateAndClosesWithItsLastMaterial() throws Exception {
        var caseNo = ITEM + "202603167005";
        var submitted = submit(caseNo);
        var gapDeadline = LocalDate.now(clock).plusDays(1);
        mvc.perform(json(
                        post(url(caseNo) + "/accept").with(CLERK),
                        "{\"missingMaterials\": [\"premises-proof\"], \"gapDeadline\": \"" + gapDeadline + "\"}"))
                .andExpect(jsonPath("$.openGapMaterials[0]").value("premises-proof"));
        opinion(caseNo, "publishing").andExpect(status().isOk());
        opinion(caseNo, "radio-tv").andExpect(status().isOk());
        mvc.perform(json(post(url(caseNo) + "/decision").with(APPROVER), APPROVE))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("premises-proof")));

        mvc.perform(get("/api/review/tasks").with(CLERK))
                .andExpect(jsonPath("$[?(@.caseNo == '" + caseNo + "')]").isEmpty());
        // the gap's deadline passes
        jdbc.sql("update review_gap_material set gap_deadline = :day where case_no = :c")
                .param("day", LocalDate.now(clock).minusDays(1))
                .param("c", caseNo)
                .update();
        mvc.perform(get("/api/review/tasks").with(CLERK))
                .andExpect(jsonPath("$[?(@.caseNo == '" + caseNo + "')].step")
                        .value(org.hamcrest.Matchers.contains("GAP")))
                .andExpect(jsonPath("$[?(@.caseNo == '" + caseNo + "')].gapOverdue")
                        .value(org.hamcrest.Matchers.contains(true)));

        ReviewTestEvents.provideGapMaterial(kafka, submitted, "staff-list");
        ReviewTestEvents.provideGapMaterial(kafka, submitted, "premises-proof");
        assertThat(reviewEvents(caseNo, "GapClosed"))
                .extracting(EventEnvelope::type)
                .containsOnlyOnce("GapClosed");
        mvc.perform(get(url(caseNo)).with(CLERK))
                .andExpect(jsonPath("$.reviewCase.openGapMaterials").isEmpty())
                .andExpect(jsonPath("$.gapMaterials[0].open").value(false));
        mvc.perform(get("/api/review/tasks").with(CLERK))
                .andExpect(jsonPath("$[?(@.caseNo == '" + caseNo + "')]").isEmpty());

        var rtv = Tokens.staff("reviewer-rtv", "reviewer", "radio-tv");
        mvc.perform(json(
                        post(url(caseNo) + "/special-procedure").with(rtv),
                        "{\"procedure\": \"INSPECTION\", \"note\": \"现场核查\"}"))
                .andExpect(jsonPath("$.clock").value("STOPPED"));
        mvc.perform(json(post(url(caseNo) + "/decision").with(APPROVER), APPROVE))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("INSPECTION")));
        mvc.perform(post(url(caseNo) + "/special-procedure/end").with(rtv)).andExpect(status().isOk());
        mvc.perform(json(post(url(caseNo) + "/decision").with(APPROVER), APPROVE))
                .andExpect(jsonPath("$.status").value("COMPLETED"));
    }

    private EventEnvelope readyToDecide(String caseNo) throws Exception {
        var submitted = submit(caseNo);
        mvc.perform(json(post(url(caseNo) + "/accept").with(CLERK), "{}")).andExpect(status().isOk());
        opinion(caseNo, "publishing").andExpect(status().isOk());
        opinion(caseNo, "radio-tv").andExpect(status().isOk());
        return submitted;
    }

    private EventEnvelope submit(String caseNo) throws Exception {
        var submitted = ReviewTestEvents.submit(kafka, caseNo, "ONLINE");
        awaitStatus(caseNo, "SUBMITTED");
        return submitted;
    }

    private org.springframework.test.web.servlet.ResultActions opinion(String caseNo, String department)
            throws Exception {
        return mvc.perform(json(
                post(url(caseNo) + "/opinions").with(Tokens.staff("reviewer", "reviewer", department)),
                "{\"opinion\": \"同意\", \"favourable\": true}"));
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static String url(String caseNo) {
        return "/api/review/cases/" + caseNo;
    }

    private void awaitStatus(String caseNo, String expected) {
        await().atMost(Duration.ofSeconds(30)).until(() -> expected.equals(statusOf(caseNo)));
    }

    private String statusOf(String caseNo) {
        return jdbc.sql("select status from review_case where case_no = :c")
                .param("c", caseNo)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private long certificates(String caseNo) {
        return jdbc.sql("select count(*) from certificate where case_no = :c")
                .param("c", caseNo)
                .query(Long.class)
                .single();
    }

    /** The case's events on review.v1, read until {@code last} has come. */
    private static List<EventEnvelope> reviewEvents(String caseNo, String last) {
        var events = InfrastructureSupport.readUntil(
                        Topics.REVIEW,
                        Duration.ofSeconds(30),
                        seen -> seen.stream()
                                .anyMatch(
                                        r -> caseNo.equals(r.key()) && r.value().contains(last)))
                .stream()
                .filter(r -> caseNo.equals(r.key()))
                .map(r -> EventJson.read(r.value()))
                .toList();
        assertThat(events).extracting(EventEnvelope::type).contains(last);
        return events;
    }
}
