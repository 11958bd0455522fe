package org.onewindow.review.item;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.contracts.EventEnvelope;
import org.onewindow.contracts.EventJson;
import org.onewindow.contracts.EventTypes;
import org.onewindow.contracts.Topics;
import org.onewindow.contracts.application.Applicant;
import org.onewindow.contracts.application.ApplicationSubmitted;
import org.onewindow.contracts.catalog.ItemGuide;
import org.onewindow.platform.messaging.EventNotReadyException;
import org.onewindow.platform.testsupport.InfrastructureSupport;
import org.onewindow.review.ReviewServiceApplication;
import org.onewindow.review.ReviewTestEvents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A submission that names an item version review has never received an ItemPublished for: review
 * asks catalog-service (a WireMock here) for that version instead of failing the event, and keeps it.
 */
@SpringBootTest(classes = ReviewServiceApplication.class)
class CatalogFallbackIntegrationTest {

    // items of their own: other test classes publish ReviewTestEvents.ITEM on the shared broker
    static final String CODE = "11530000MB00000012XK00031000901";
    static final String FLAKY = "11530000MB00000012XK00031000902";
    static final WireMockServer CATALOG =
            new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

    static {
        CATALOG.start();
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        InfrastructureSupport.register(registry, "review_catalog_fallback_test");
        registry.add("onewindow.catalog.uri", CATALOG::baseUrl);
    }

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReviewItems items;

    @Autowired
    CircuitBreakerRegistry breakers;

    @BeforeEach
    void closeTheCircuits() {
        // each test starts with catalog trusted, whatever failures an earlier one provoked
        breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
    }

    @AfterAll
    static void stopTheCatalog() {
        CATALOG.stop();
    }

    @Test
    void aSubmissionAheadOfItsItemEventBecomesACaseWithTheVersionFetchedFromCatalog() throws Exception {
        CATALOG.stubFor(get(urlEqualTo(path(CODE, 3)))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody(catalogAnswer(CODE, 3))));
        var caseNo = CODE + "202611300001";

        submit(caseNo, CODE, 3);

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> assertThat(caseRow(caseNo)).containsExactly("SUBMITTED", "广播电视节目制作经营许可证核发", "radio-tv"));
        // kept as ItemPublished would keep it: limits and review departments
        var kept = jdbc.sql("select promised_days, departments from review_item where code = :c and version = 3")
                .param("c", CODE)
                .query((rs, n) -> List.of(rs.getInt("promised_days"), List.of((String[])
                        rs.getArray("departments").getArray())))
                .single();
        assertThat(kept).containsExactly(12, List.of("radio-tv", "publishing"));

        // the next submission under that version finds it kept (in memory; in review_item after a
        // restart): catalog is asked once
        var next = CODE + "202611300002";
        submit(next, CODE, 3);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(caseRow(next)).first().isEqualTo("SUBMITTED"));
        CATALOG.verify(1, getRequestedFor(urlEqualTo(path(CODE, 3))));
    }

    @Test
    void aSubmissionWhileCatalogIsBrieflyDownBecomesACaseOnceCatalogAnswers() throws Exception {
        CATALOG.stubFor(get(urlEqualTo(path(FLAKY, 1)))
                .inScenario("flaky")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503))
                .willSetStateTo("up"));
        CATALOG.stubFor(get(urlEqualTo(path(FLAKY, 1)))
                .inScenario("flaky")
                .whenScenarioStateIs("up")
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody(catalogAnswer(FLAKY, 1))));
        var caseNo = FLAKY + "202611300001";

        submit(caseNo, FLAKY, 1);

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(caseRow(caseNo)).first().isEqualTo("SUBMITTED"));
        CATALOG.verify(2, getRequestedFor(urlEqualTo(path(FLAKY, 1))));
    }

    @Test
    void catalogUnreachableMeansNotReadyYetAndAVersionCatalogDoesNotHaveMeansNone() {
        CATALOG.stubFor(
                get(urlEqualTo(path(CODE, 7))).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        CATALOG.stubFor(get(urlEqualTo(path(CODE, 8))).willReturn(aResponse().withStatus(503)));
        CATALOG.stubFor(get(urlEqualTo(path(CODE, 9)))
                .willReturn(aResponse()
                        .withStatus(404)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\": 404, \"title\": \"Not Found\"}")));

        assertThatThrownBy(() -> items.find(CODE, 7)).isInstanceOf(EventNotReadyException.class);
        assertThatThrownBy(() -> items.find(CODE, 8)).isInstanceOf(EventNotReadyException.class);
        assertThat(items.find(CODE, 9)).isEmpty();
    }

    static String path(String code, int version) {
        return "/api/catalog/items/" + code + "/versions/" + version;
    }

    /** What catalog-service's GET /api/catalog/items/{code}/versions/{n} answers. */
    static String catalogAnswer(String code, int version) throws Exception {
        var guide = EventJson.mapper()
                .readValue(
                        new ClassPathResource("items/programme-production.json")
                                .getContentAsString(StandardCharsets.UTF_8),
                        ItemGuide.class);
        var answer = EventJson.mapper().createObjectNode();
        answer.put("code", code);
        answer.put("version", version);
        answer.put("status", "PUBLISHED");
        answer.put("publishedAt", "2026-11-30T09:00:00+08:00");
        answer.set("guide", EventJson.mapper().valueToTree(guide));
        return EventJson.mapper().writeValueAsString(answer);
    }

    void submit(String caseNo, String code, int version) throws Exception {
        ReviewTestEvents.send(kafka, Topics.APPLICATION, submission(caseNo, code, version));
    }

    static EventEnvelope submission(String caseNo, String code, int version) throws Exception {
        var now = OffsetDateTime.now();
        return EventEnvelope.of(
                EventTypes.APPLICATION_SUBMITTED,
                caseNo,
                new ApplicationSubmitted(
                        caseNo,
                        UUID.randomUUID().toString(),
                        code,
                        version,
                        "radio-tv",
                        "ONLINE",
                        new Applicant("LEGAL_PERSON", "示例影视文化有限公司", "91350100M000100Y43"),
                        "applicant",
                        now),
                now);
    }

    List<String> caseRow(String caseNo) {
        return jdbc.sql("select status, item_name, department from review_case where case_no = :c")
                .param("c", caseNo)
                .query((rs, n) ->
                        List.of(rs.getString("status"), rs.getString("item_name"), rs.getString("department")))
                .optional()
                .orElse(List.of());
    }
}
