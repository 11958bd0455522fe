package org.onewindow.application;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.onewindow.contracts.EventJson;
import org.onewindow.contracts.EventTypes;
import org.onewindow.contracts.Topics;
import org.onewindow.contracts.review.CaseAccepted;
import org.onewindow.contracts.review.CaseCompleted;
import org.onewindow.contracts.review.DecisionMade;
import org.onewindow.contracts.review.OpinionRecorded;
import org.onewindow.contracts.review.SupplementRequested;
import org.onewindow.platform.testsupport.InfrastructureSupport;
import org.onewindow.platform.testsupport.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/**
 * Status pushes to the provincial platform, against a real HTTP server standing in for it:
 * exchange codes in order and each once, signed over the body's hash; retried while the endpoint
 * fails, in order per case; parked after the bound and resent by an operator.
 */
@SpringBootTest(classes = ApplicationServiceApplication.class)
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProvincialExchangeIntegrationTest {

    static final String CODE = "11530000MB00000012XK00012000703";
    static final String KEY = "test-shared-key";
    static final String PATH = "/exchange/status";
    static final RequestPostProcessor APPLICANT = ApplicationTestSupport.applicant("applicant-4");
    static final RequestPostProcessor OPERATOR = Tokens.staff("supervisor", "supervisor", "bureau");
    static final WireMockServer PROVINCE =
            new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

    static {
        PROVINCE.start();
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        InfrastructureSupport.register(registry, "application_provincial_test");
        registry.add("onewindow.catalog.uri", () -> "http://127.0.0.1:9");
        registry.add("onewindow.provincial.endpoint", () -> PROVINCE.baseUrl() + PATH);
        registry.add("onewindow.provincial.shared-key", () -> KEY);
        registry.add("onewindow.provincial.supplement-end-code", () -> "6E");
        registry.add("onewindow.provincial.max-attempts", () -> "4");
        registry.add("onewindow.provincial.initial-backoff", () -> "100ms");
        registry.add("onewindow.provincial.max-backoff", () -> "400ms");
        registry.add("onewindow.provincial.poll-interval", () -> "100ms");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    MeterRegistry meters;

    @BeforeAll
    void publishTheItem() throws Exception {
        ApplicationTestSupport.publish(kafka, CODE, 1);
        PROVINCE.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200)));
    }

    @AfterAll
    void stopTheProvince() {
        PROVINCE.stop();
    }

    /** What the province received for a case, in arrival order: every request, failed or not. */
    static List<ServeEvent> receivedFor(String caseNo) {
        return PROVINCE.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getBodyAsString().contains("\"caseNo\":\"" + caseNo + "\""))
                .sorted(Comparator.comparing(e -> e.getRequest().getLoggedDate()))
                .toList();
    }

    static List<String> deliveredCodes(String caseNo) {
        return receivedFor(caseNo).stream()
                .filter(e -> e.getResponse().getStatus() == 200)
                .map(e -> body(e).get("exchangeCode").asString())
                .toList();
    }

    static JsonNode body(ServeEvent event) {
        return EventJson.mapper().readTree(event.getRequest().getBodyAsString());
    }

    String accept(String caseNo) throws Exception {
        ApplicationTestSupport.sendReview(
                kafka,
                EventTypes.CASE_ACCEPTED,
                caseNo,
                new CaseAccepted(
                        caseNo, "受理", LocalDate.now().plusDays(14), List.of(), null, false, OffsetDateTime.now()));
        return caseNo;
    }

    @Test
    void everyStatusChangeReachesTheProvinceOnceInOrderAndSigned() throws Exception {
        var caseNo = ApplicationTestSupport.submittedCase(mvc, APPLICANT, CODE);
        var now = OffsetDateTime.now();
        ApplicationTestSupport.sendReview(
                kafka,
                EventTypes.SUPPLEMENT_REQUESTED,
                caseNo,
                new SupplementRequested(
                        caseNo, List.of(new SupplementRequested.Item(null, "address", "地址不全")), "clerk", now));
        var id = await().atMost(Duration.ofSeconds(30))
                .until(() -> idIfStatus(caseNo, "SUPPLEMENT_REQUESTED"), i -> i != null);
        mvc.perform(MockMvcRequestBuilders.post("/api/applications/" + id + "/supplement")
                        .with(APPLICANT))
                .andExpect(status().isOk());
        var acceptance = ApplicationTestSupport.sendReview(
                kafka,
                EventTypes.CASE_ACCEPTED,
                caseNo,
                new CaseAccepted(caseNo, "受理", LocalDate.now().plusDays(14), List.of(), null, false, now));
        // delivered twice by Kafka: reported once
        kafka.send(Topics.REVIEW, caseNo, EventJson.write(acceptance)).get();
        ApplicationTestSupport.sendReview(
                kafka, EventTypes.OPINION_RECORDED, caseNo, new OpinionRecorded(caseNo, "publishing", "同意", true, now));
        ApplicationTestSupport.sendReview(
                kafka, EventTypes.DECISION_MADE, caseNo, new DecisionMade(caseNo, "APPROVE", "符合条件", now));
        ApplicationTestSupport.sendReview(
                kafka, EventTypes.CASE_COMPLETED, caseNo, new CaseCompleted(caseNo, "APPROVED", 3, true, now));

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> assertThat(deliveredCodes(caseNo)).containsExactly("1", "6", "6E", "3", "8", "11"));
        Thread.sleep(500);
        assertThat(receivedFor(caseNo)).as("nothing more, nothing twice").hasSize(6);

        for (var event : receivedFor(caseNo)) {
            var request = event.getRequest();
            var raw = request.getBody();
            var sha = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
            assertThat(request.getHeader("X-OneWindow-Body-SHA256")).isEqualTo(sha);
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            var expected = Base64.getEncoder()
                    .encodeToString(mac.doFinal((request.getHeader("X-OneWindow-Message-Id") + "\n"
                                    + request.getHeader("X-OneWindow-Sent-At") + "\n" + sha)
                            .getBytes(StandardCharsets.UTF_8)));
            assertThat(request.getHeader("X-OneWindow-Signature")).isEqualTo(expected);
            assertThat(body(event).get("messageId").asString()).isEqualTo(request.getHeader("X-OneWindow-Message-Id"));
            assertThat(request.getBodyAsString())
                    .as("no personal data leaves for the province")
                    .doesNotContain(ApplicationTestSupport.APPLICANT_NAME, ApplicationTestSupport.APPLICANT_ID);
        }
        assertThat(receivedFor(caseNo).stream()
                        .map(e -> e.getRequest().getHeader("X-OneWindow-Message-Id"))
                        .distinct())
                .hasSize(6);
    }

    @Test
    void whileTheProvinceFailsACasesMessagesWaitAndThenArriveInOrder() throws Exception {
        // down before the case exists: its first message must meet the outage (with the stub set
        // after submitting, the relay now and then delivered it first)
        var down = PROVINCE.stubFor(
                post(urlEqualTo(PATH)).atPriority(1).willReturn(aResponse().withStatus(503)));
        var caseNo = ApplicationTestSupport.submittedCase(mvc, APPLICANT, CODE);
        accept(caseNo);
        await().atMost(Duration.ofSeconds(30)).until(() -> receivedFor(caseNo).size() >= 3);
        PROVINCE.removeStub(down);

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(deliveredCodes(caseNo)).containsExactly("1", "3", "8"));
        var received = receivedFor(caseNo);
        var firstSuccess = received.stream()
                .filter(e -> e.getResponse().getStatus() == 200)
                .findFirst()
                .orElseThrow();
        assertThat(received.subList(0, received.indexOf(firstSuccess)))
                .as("nothing later of the case was tried while its first message failed")
                .allMatch(e -> body(e).get("exchangeCode").asString().equals("1"));

        var firstId = body(firstSuccess).get("messageId").asString();
        // logged when the relay's pass commits, which is after its last send
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> mvc.perform(get("/api/applications/provincial/messages/" + firstId)
                                .with(OPERATOR))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.state").value("SENT"))
                        .andExpect(jsonPath("$.attemptLog[0].httpStatus").value(503))
                        .andExpect(jsonPath("$.attemptLog[-1:].httpStatus").value(200)));
    }

    @Test
    void afterTheBoundAMessageIsParkedUntilAnOperatorResendsIt() throws Exception {
        // broken before the case exists, for the same reason as above
        var broken = PROVINCE.stubFor(
                post(urlEqualTo(PATH)).atPriority(1).willReturn(aResponse().withStatus(500)));
        var caseNo = ApplicationTestSupport.submittedCase(mvc, APPLICANT, CODE);
        accept(caseNo);
        var parked = "/api/applications/provincial/messages?state=FAILED&caseNo=" + caseNo;
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> mvc.perform(get(parked).with(OPERATOR))
                        .andExpect(jsonPath("$.length()").value(1))
                        .andExpect(jsonPath("$[0].exchangeCode").value("1"))
                        .andExpect(jsonPath("$[0].attempts").value(4)));
        assertThat(meters.get("onewindow.provincial.messages")
                        .tag("state", "failed")
                        .gauge()
                        .value())
                .isGreaterThanOrEqualTo(1);
        Thread.sleep(500);
        assertThat(receivedFor(caseNo))
                .hasSize(4)
                .allMatch(e -> body(e).get("exchangeCode").asString().equals("1"));

        var messageId = EventJson.mapper()
                .readTree(mvc.perform(get(parked).with(OPERATOR))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get(0)
                .get("messageId")
                .asString();
        var resend = "/api/applications/provincial/messages/" + messageId + "/resend";
        mvc.perform(MockMvcRequestBuilders.post(resend).with(APPLICANT)).andExpect(status().isForbidden());
        mvc.perform(get(parked)).andExpect(status().isUnauthorized());
        PROVINCE.removeStub(broken);
        mvc.perform(MockMvcRequestBuilders.post(resend).with(OPERATOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("PENDING"));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(deliveredCodes(caseNo)).containsExactly("1", "3", "8"));
        // the stand-in has the messages as soon as they are sent; the relay's pass, which logs
        // the attempts, commits after its last send
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> mvc.perform(get("/api/applications/provincial/messages/" + messageId)
                                .with(OPERATOR))
                        .andExpect(jsonPath("$.attemptLog.length()").value(5))
                        .andExpect(jsonPath("$.attemptLog[4].attempt").value(5)));
        mvc.perform(MockMvcRequestBuilders.post(resend).with(OPERATOR)).andExpect(status().isConflict());
    }

    private String idIfStatus(String caseNo, String expected) throws Exception {
        var view = EventJson.mapper()
                .readTree(mvc.perform(get("/api/applications/by-case/" + caseNo).with(APPLICANT))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        return expected.equals(view.path("status").asString()) ? view.get("id").asString() : null;
    }
}
