package org.onewindow.application;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.onewindow.contracts.EventEnvelope;
import org.onewindow.contracts.EventJson;
import org.onewindow.contracts.EventTypes;
import org.onewindow.contracts.Topics;
import org.onewindow.contracts.disclosure.RectificationReported;
import org.onewindow.contracts.review.CaseAccepted;
import org.onewindow.contracts.review.CaseCompleted;
import org.onewindow.contracts.review.CertificateIssued;
import org.onewindow.contracts.review.DecisionMade;
import org.onewindow.contracts.review.GapClosed;
import org.onewindow.contracts.review.OpinionRecorded;
import org.onewindow.contracts.review.SupplementReceived;
import org.onewindow.contracts.review.SupplementRequested;
import org.onewindow.contracts.review.WithdrawalRefused;
import org.onewindow.platform.testsupport.InfrastructureSupport;
import org.onewindow.platform.testsupport.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The paths of a case's life the first flow tests missed (issue 12): a supplement asked for during
 * review, a withdrawal overtaken by a decision, a counter applicant following and rating their case
 * by query code, acceptance with gaps (容缺), and the follow-up rating after a rectification.
 */
@SpringBootTest(classes = ApplicationServiceApplication.class)
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LifecycleIntegrationTest {

    static final String CODE = "11530000MB00000012XK00012000704";
    static final RequestPostProcessor APPLICANT = ApplicationTestSupport.applicant("applicant-lifecycle");
    static final RequestPostProcessor CLERK = Tokens.staff("clerk-lifecycle", "clerk", "service-hall");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        InfrastructureSupport.register(registry, "application_lifecycle_test");
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

    @Test
    void aSupplementAskedForDuringReviewLeadsBackIntoReviewAndOnToCompletion() throws Exception {
        var caseNo = ApplicationTestSupport.submittedCase(mvc, APPLICANT, CODE);
        var now = OffsetDateTime.now();
        acceptedAndReviewed(caseNo, "需补正", false, now);
        send(
                caseNo,
                EventTypes.SUPPLEMENT_REQUESTED,
                new SupplementRequested(
                        caseNo,
                        List.of(new SupplementRequested.Item("business-license", null, "请提供清晰的营业执照")),
                        "clerk",
                        now));
        awaitStatus(caseNo, "SUPPLEMENT_REQUESTED");
        mvc.perform(post("/api/applications/" + idOf(caseNo) + "/supplement").with(APPLICANT))
                .andExpect(status().isOk());
        awaitStatus(caseNo, "SUBMITTED");
        // review takes the supplement and says the case is back in review
        send(
                caseNo,
                EventTypes.SUPPLEMENT_RECEIVED,
                new SupplementReceived(caseNo, "IN_REVIEW", LocalDate.now().plusDays(30), now));
        awaitStatus(caseNo, "IN_REVIEW");
        send(caseNo, EventTypes.DECISION_MADE, new DecisionMade(caseNo, "APPROVE", "符合条件", now));
        send(caseNo, EventTypes.CASE_COMPLETED, new CaseCompleted(caseNo, "APPROVED", 12, true, now));
        awaitStatus(caseNo, "COMPLETED");
        mvc.perform(get("/api/applications/by-case/" + caseNo).with(APPLICANT))
                .andExpect(jsonPath("$.timeline[*].action")
                        .value(hasItems("RESUBMITTED", "SUPPLEMENT_RECEIVED", "APPROVED", "COMPLETED")));
    }

    @Test
    void aDecisionTakenBeforeTheWithdrawalReachedReviewStandsAndTheApplicantIsToldWhy() throws Exception {
        var caseNo = ApplicationTestSupport.submittedCase(mvc, APPLICANT, CODE);
        var now = OffsetDateTime.now();
        acceptedAndReviewed(caseNo, "同意", true, now);
        awaitStatus(caseNo, "IN_REVIEW");
        var id = idOf(caseNo);
        mvc.perform(post("/api/applications/" + id + "/withdraw").with(APPLICANT))
                .andExpect(status().isNoContent());
        awaitStatus(caseNo, "WITHDRAWN");
        // review had decided before it saw the withdrawal: its events arrive, then its refusal
        send(caseNo, EventTypes.DECISION_MADE, new DecisionMade(caseNo, "APPROVE", "符合条件", now));
        send(
                caseNo,
                EventTypes.CERTIFICATE_ISSUED,
                new CertificateIssued(
                        caseNo, "1.2.156.3005.2.X.1", "张三", LocalDate.now().plusYears(6), now));
        send(caseNo, EventTypes.CASE_COMPLETED, new CaseCompleted(caseNo, "APPROVED", 3, true, now));
        send(caseNo, EventTypes.WITHDRAWAL_REFUSED, new WithdrawalRefused(caseNo, "COMPLETED", "撤回申请到达前已作出决定", now));
        awaitStatus(caseNo, "COMPLETED");
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> mvc.perform(get("/api/applications/" + id).with(APPLICANT))
                        .andExpect(jsonPath("$.timeline[*].action")
                                .value(hasItems("WITHDRAWN", "APPROVED", "CERTIFICATE_ISSUED", "WITHDRAWAL_REFUSED"))));
        // and after a decision a withdrawal is refused outright
        mvc.perform(post("/api/applications/" + id + "/withdraw").with(APPLICANT))
                .andExpect(status().isConflict());
    }

    @Test
    void aCounterApplicantFollowsAndRatesTheirCaseByQueryCodeAndTheClerkMayNotRateIt() throws Exception {
        var id = draftAtTheCounter();
        var answer = EventJson.mapper()
                .readTree(
                        mvc.perform(post("/api/applications/" + id + "/submit").with(CLERK))
                                .andExpect(status().isOk())
                                .andExpect(jsonPath("$.queryCode").isString())
                                .andReturn()
                                .getResponse()
                                .getContentAsString());
        var caseNo = answer.get("caseNo").asString();
        var code = answer.get("queryCode").asString();

        mvc.perform(get("/api/applications/progress/" + caseNo).param("code", code))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.applicantName").value("李*"))
                .andExpect(jsonPath("$.timeline[*].action").value(hasItem("SUBMITTED")))
                .andExpect(content -> org.assertj.core.api.Assertions.assertThat(
                                content.getResponse().getContentAsString())
                        .doesNotContain(ApplicationTestSupport.APPLICANT_ID)
                        .doesNotContain(ApplicationTestSupport.APPLICANT_PHONE));
        var unknown = mvc.perform(get("/api/applications/progress/NO-SUCH-CASE").param("code", code))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse();
        var wrong = mvc.perform(get("/api/applications/progress/" + caseNo).param("code", "WRONG234"))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse();
        org.assertj.core.api.Assertions.assertThat(wrong.getContentAsString().replace(caseNo, "X"))
                .isEqualTo(unknown.getContentAsString().replace("NO-SUCH-CASE", "X"));

        var now = OffsetDateTime.now();
        acceptedAndReviewed(caseNo, "同意", true, now);
        send(caseNo, EventTypes.DECISION_MADE, new DecisionMade(caseNo, "DENY", "不符合条件", now));
        send(caseNo, EventTypes.CASE_COMPLETED, new CaseCompleted(caseNo, "DENIED", 3, true, now));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> mvc.perform(
                                get("/api/applications/progress/" + caseNo).param("code", code))
                        .andExpect(jsonPath("$.status").value("COMPLETED"))
                        .andExpect(jsonPath("$.mayBeRated").value(true)));

        mvc.perform(post("/api/applications/" + id + "/evaluation")
                        .with(CLERK)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"level\": 5}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/applications/progress/" + caseNo + "/evaluation")
                        .param("code", "WRONG234")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"level\": 5}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/applications/progress/" + caseNo + "/evaluation")
                        .param("code", code.toLowerCase())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"level\": 2, \"comment\": \"等得太久\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(post("/api/applications/progress/" + caseNo + "/evaluation")
                        .param("code", code)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"level\": 5}"))
                .andExpect(status().isConflict());

        // 7: after the bureau reports the rectification, one more rating
        var reported = EventEnvelope.of(
                EventTypes.RECTIFICATION_REPORTED, caseNo, new RectificationReported(caseNo, "publishing", now), now);
        kafka.send(Topics.DISCLOSURE, caseNo, EventJson.write(reported)).get();
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> mvc.perform(
                                get("/api/applications/progress/" + caseNo).param("code", code))
                        .andExpect(jsonPath("$.mayBeRated").value(true)));
        mvc.perform(post("/api/applications/progress/" + caseNo + "/evaluation")
                        .param("code", code)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"level\": 4}"))
                .andExpect(status().isNoContent());
        mvc.perform(post("/api/applications/progress/" + caseNo + "/evaluation")
                        .param("code", code)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"level\": 5}"))
                .andExpect(status().isConflict());
    }

    @Test
    void eventsCarryTheNameAndAMaskedIdentityNumberOnly() throws Exception {
        var caseNo = ApplicationTestSupport.submittedCase(mvc, APPLICANT, CODE);
        var events = InfrastructureSupport.readUntil(
                        Topics.APPLICATION,
                        Duration.ofSeconds(30),
                        seen -> seen.stream().anyMatch(r -> caseNo.equals(r.key())))
                .stream()
                .filter(r -> caseNo.equals(r.key()))
                .toList();
        org.assertj.core.api.Assertions.assertThat(events).hasSize(1);
        var submitted = events.get(0).value();
        org.assertj.core.api.Assertions.assertThat(submitted)
                .contains("\"version\":2", "李四", "530102********1238")
                .doesNotContain(ApplicationTestSupport.APPLICANT_ID, "13800000000", "unitName");
    }

    @Test
    void noOneButTheOwnerChangesAnApplication() throws Exception {
        var stranger = Tokens.user("applicant-stranger", "applicant");
        var draft = ApplicationTestSupport.completedDraft(mvc, APPLICANT, CODE);
        var base = "/api/applications/" + draft;
        mvc.perform(put(base + "/form")
                        .with(stranger)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isNotFound());
        mvc.perform(post(base + "/submit").with(stranger)).andExpect(status().isNotFound());
        mvc.perform(post(base + "/withdraw").with(stranger)).andExpect(status().isNotFound());
        mvc.perform(post(base + "/evaluation")
                        .with(stranger)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"level\": 1}"))
                .andExpect(status().isNotFound());
        // staff of the department change nothing of the applicant's, and read it only once submitted
        var reviewer = Tokens.staff("reviewer-lifecycle", "reviewer", "publishing");
        mvc.perform(get(base).with(reviewer)).andExpect(status().isNotFound());
        mvc.perform(post(base + "/submit").with(reviewer)).andExpect(status().isForbidden());
        mvc.perform(get(base).with(APPLICANT)).andExpect(jsonPath("$.status").value("DRAFT"));
    }

    @Test
    void aDraftIsSeenByItsOwnerOnlyAndByStaffOnceSubmitted() throws Exception {
        var draft = ApplicationTestSupport.completedDraft(mvc, APPLICANT, CODE);
        var base = "/api/applications/" + draft;
        // the service hall's clerk sees every department's cases, but not someone's unsent draft
        mvc.perform(get(base).with(CLERK)).andExpect(status().isNotFound());
        mvc.perform(get(base + "/materials/business-license").with(CLERK)).andExpect(status().isNotFound());
        mvc.perform(get("/api/applications").param("size", "100").with(CLERK))
                .andExpect(jsonPath("$[*].id").value(not(hasItem(draft.toString()))));
        mvc.perform(get(base).with(APPLICANT)).andExpect(status().isOk());
        mvc.perform(get(base + "/materials/business-license").with(APPLICANT)).andExpect(status().isOk());

        // a counter draft is the filing clerk's until it is submitted, not her colleagues'
        var counterDraft = draftAtTheCounter();
        var colleague = Tokens.staff("clerk-lifecycle-colleague", "clerk", "service-hall");
        mvc.perform(get("/api/applications/" + counterDraft).with(colleague)).andExpect(status().isNotFound());
        mvc.perform(get("/api/applications").param("size", "100").with(colleague))
                .andExpect(jsonPath("$[*].id").value(not(hasItem(counterDraft.toString()))));
        mvc.perform(get("/api/applications/" + counterDraft).with(CLERK)).andExpect(status().isOk());
        mvc.perform(get("/api/applications").param("size", "100").with(CLERK))
                .andExpect(jsonPath("$[*].id").value(hasItem(counterDraft.toString())));

        // once submitted, the case is the office's to handle
        mvc.perform(post(base + "/submit").with(APPLICANT)).andExpect(status().isOk());
        mvc.perform(get(base).with(CLERK)).andExpect(status().isOk());
        mvc.perform(get(base + "/materials/business-license").with(CLERK)).andExpect(status().isOk());
        mvc.perform(get("/api/applications").param("size", "100").with(CLERK))
                .andExpect(jsonPath("$[*].id").value(hasItem(draft.toString())));
    }

    @Test
    void guessingQueryCodesIsThrottled() throws Exception {
        var id = draftAtTheCounter();
        var caseNo = EventJson.mapper()
                .readTree(
                        mvc.perform(post("/api/applications/" + id + "/submit").with(CLERK))
                                .andReturn()
                                .getResponse()
                                .getContentAsString())
                .get("caseNo")
                .asString();
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/applications/progress/" + caseNo).param("code", "GUESS" + (200 + i)))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/applications/progress/" + caseNo).param("code", "GUESS999"))
                .andExpect(status().isTooManyRequests());
    }

    @Test
    void acceptanceWithGapsTakesExactlyTheOwedMaterialsAfterwards() throws Exception {
        var id = draftWithout("premises-proof");
        mvc.perform(post("/api/applications/" + id + "/pre-review").with(APPLICANT))
                .andExpect(jsonPath("$.passed").value(true))
                .andExpect(jsonPath("$.notices[*].materialId").value(hasItem("premises-proof")))
                .andExpect(jsonPath("$.problems[*].materialId").value(not(hasItem("premises-proof"))));
        var caseNo = EventJson.mapper()
                .readTree(
                        mvc.perform(post("/api/applications/" + id + "/submit").with(APPLICANT))
                                .andExpect(status().isOk())
                                .andReturn()
                                .getResponse()
                                .getContentAsString())
                .get("caseNo")
                .asString();
        var now = OffsetDateTime.now();
        send(
                caseNo,
                EventTypes.CASE_ACCEPTED,
                new CaseAccepted(
                        caseNo,
                        "受理",
                        LocalDate.now().plusDays(28),
                        List.of("premises-proof"),
                        LocalDate.now().plusDays(10),
                        false,
                        now));
        awaitStatus(caseNo, "ACCEPTED");
        // another material stays closed after acceptance
        upload(id, "business-license").andExpect(status().isConflict());
        upload(id, "premises-proof").andExpect(status().isOk());
        // handed in once; no second time
        upload(id, "premises-proof").andExpect(status().isConflict());
        var provided = InfrastructureSupport.readUntil(
                        Topics.APPLICATION,
                        Duration.ofSeconds(30),
                        seen -> seen.stream()
                                .anyMatch(
                                        r -> caseNo.equals(r.key()) && r.value().contains("GapMaterialProvided")))
                .stream()
                .filter(r -> caseNo.equals(r.key()) && r.value().contains("GapMaterialProvided"))
                .toList();
        org.assertj.core.api.Assertions.assertThat(provided).hasSize(1);
        send(caseNo, EventTypes.GAP_CLOSED, new GapClosed(caseNo, now));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> mvc.perform(get("/api/applications/" + id).with(APPLICANT))
                        .andExpect(jsonPath("$.timeline[*].action")
                                .value(hasItems("GAP_OPENED", "GAP_MATERIAL_PROVIDED", "GAP_CLOSED"))));
    }

    private UUID draftAtTheCounter() throws Exception {
        return ApplicationTestSupport.draft(mvc, CLERK, CODE, ApplicationTestSupport.ALL_MATERIALS);
    }

    private UUID draftWithout(String missing) throws Exception {
        var materials = ApplicationTestSupport.ALL_MATERIALS.stream()
                .filter(m -> !m.equals(missing))
                .toList();
        return ApplicationTestSupport.draft(mvc, APPLICANT, CODE, materials);
    }

    private org.springframework.test.web.servlet.ResultActions upload(UUID id, String material) throws Exception {
        return mvc.perform(multipart("/api/applications/" + id + "/materials/" + material)
                .file(new MockMultipartFile(
                        "file", material + ".pdf", "application/pdf", ApplicationTestSupport.pdf(material)))
                .with(APPLICANT));
    }

    /** Review accepted the case and publishing gave its opinion, as review.v1 says it. */
    private void acceptedAndReviewed(String caseNo, String opinion, boolean favourable, OffsetDateTime now)
            throws Exception {
        send(
                caseNo,
                EventTypes.CASE_ACCEPTED,
                new CaseAccepted(caseNo, "受理", LocalDate.now().plusDays(28), List.of(), null, false, now));
        send(caseNo, EventTypes.OPINION_RECORDED, new OpinionRecorded(caseNo, "publishing", opinion, favourable, now));
    }

    private <P> void send(String caseNo, org.onewindow.contracts.EventType<P> type, P payload) throws Exception {
        ApplicationTestSupport.sendReview(kafka, type, caseNo, payload);
    }

    private String idOf(String caseNo) throws Exception {
        return EventJson.mapper()
                .readTree(mvc.perform(get("/api/applications/by-case/" + caseNo).with(APPLICANT))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("id")
                .asString();
    }

    private void awaitStatus(String caseNo, String expected) {
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> mvc.perform(
                                get("/api/applications/by-case/" + caseNo).with(APPLICANT))
                        .andExpect(jsonPath("$.status").value(expected)));
    }
}
