package org.onewindow.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onewindow.localstack.LocalStack;
import org.onewindow.localstack.PlatformService;

/**
 * Faults injected into the running platform, then every case counted at every stage: nothing
 * lost, nothing doubled. Each test prints its counts (in, out, duplicates absorbed).
 */
class FaultsIT {

    static LocalStack stack;
    static Api api;
    static Filing filing;

    @BeforeAll
    static void start() {
        stack = E2eStack.get();
        api = new Api(stack.ports());
        filing = new Filing(api, api.tokenOf("applicant"));
    }

    @Test
    void reviewServiceKilledWhileTwoHundredSubmissionsAreInFlight() throws Exception {
        var pool = Filing.pool(8);
        try {
            var futures = Filing.fileMany(filing, 200, pool);
            await().atMost(Duration.ofMinutes(2)).until(() -> done(futures) >= 40);
            stack.service(PlatformService.REVIEW).kill();
            int doneAtKill = done(futures);
            var caseNos = caseNumbers(futures);
            // every submission was answered while review was down, and a new one still is
            assertThat(done(futures)).isEqualTo(200);
            var whileDown = filing.fileOne();
            caseNos.add(whileDown);
            stack.restart(PlatformService.REVIEW);

            assertThat(caseNos).hasSize(201);
            awaitAllInReview(caseNos);
            var submittedEvents = submittedEventsPerCase(caseNos);
            assertThat(submittedEvents.values()).allMatch(n -> n == 1);
            System.out.printf(
                    "[faults] review kill -9 after %d of 200 submissions: 200 submitted, %d ApplicationSubmitted"
                            + " events (1 per case), 200 cases in review, %s duplicate deliveries absorbed by the"
                            + " restarted review-service%n",
                    doneAtKill,
                    submittedEvents.values().stream()
                            .mapToInt(Integer::intValue)
                            .sum(),
                    duplicates(PlatformService.REVIEW));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void brokerStoppedForThirtySecondsDuringSubmissions() throws Exception {
        var pool = Filing.pool(4);
        try {
            var futures = Filing.fileMany(filing, 60, pool);
            await().atMost(Duration.ofMinutes(2)).until(() -> done(futures) >= 10);
            stack.kafka().stop();
            long stoppedAt = System.nanoTime();
            int doneAtStop = done(futures);
            // submissions go on: the state change and its event are one database transaction
            Thread.sleep(30_000);
            int doneWhileDown = done(futures) - doneAtStop;
            stack.kafka().start();
            var caseNos = caseNumbers(futures);
            assertThat(caseNos).hasSize(60);
            awaitAllInReview(caseNos);
            var submittedEvents = submittedEventsPerCase(caseNos);
            assertThat(submittedEvents.values()).allMatch(n -> n == 1);
            System.out.printf(
                    "[faults] broker down %.0f s: 60 submitted (%d while it was down), 60 ApplicationSubmitted events"
                            + " (1 per case), 60 cases in review%n",
                    (System.nanoTime() - stoppedAt) / 1e9, doneWhileDown);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void catalogDownDraftsAndSubmissionsStillWorkForKnownItems() {
        stack.service(PlatformService.CATALOG).stop();
        try {
            var search = api.get("/api/catalog/items?q=" + URLEncoder.encode("出版物", StandardCharsets.UTF_8), null);
            assertThat(search.statusCode()).isEqualTo(503);
            var caseNo = filing.fileOne();
            awaitAllInReview(List.of(caseNo));
            System.out.printf("[faults] catalog down: a draft and a submission of a known item worked (%s)%n", caseNo);
        } finally {
            stack.restart(PlatformService.CATALOG);
        }
    }

    @Test
    void provincialEndpointDownForSixtySeconds() throws Exception {
        var province = E2eStack.province();
        var down = province.stubFor(post(urlEqualTo(E2eStack.PROVINCE_PATH))
                .atPriority(1)
                .willReturn(aResponse().withStatus(503)));
        long outageStart = System.nanoTime();
        var clerk = api.tokenOf("clerk");
        var caseNos = new ArrayList<String>();
        try {
            for (int i = 0; i < 5; i++) {
                caseNos.add(filing.fileOne());
            }
            awaitAllInReview(caseNos);
            for (var caseNo : caseNos) {
                assertThat(api.post("/api/review/cases/" + caseNo + "/accept", clerk, "{}")
                                .statusCode())
                        .isEqualTo(200);
            }
            long remaining = Duration.ofSeconds(60).toNanos() - (System.nanoTime() - outageStart);
            Thread.sleep(Math.max(0, remaining / 1_000_000));
        } finally {
            province.removeStub(down);
        }
        int refused = 0;
        for (var caseNo : caseNos) {
            await().atMost(Duration.ofSeconds(60))
                    .untilAsserted(
                            () -> assertThat(E2eStack.pushedCodes(caseNo)).containsExactly("1", "3", "8"));
            refused += (int) E2eStack.receivedFor(caseNo).stream()
                    .filter(e -> e.getResponse().getStatus() == 503)
                    .count();
        }
        System.out.printf(
                "[faults] provincial endpoint down 60 s: 5 cases, 15 messages delivered in order once each"
                        + " after %d refused attempts%n",
                refused);
    }

    @Test
    void applicationServiceRestartedBetweenSubmitAndAcceptance() {
        var applicant = api.tokenOf("applicant");
        var caseNo = filing.fileOne();
        awaitAllInReview(List.of(caseNo));
        stack.restart(PlatformService.APPLICATION);
        assertThat(api.post("/api/review/cases/" + caseNo + "/accept", api.tokenOf("clerk"), "{}")
                        .statusCode())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> api.get("/api/applications/by-case/" + caseNo, applicant)
                        .body()
                        .contains("\"status\":\"ACCEPTED\""));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(E2eStack.pushedCodes(caseNo)).containsExactly("1", "3", "8"));
        System.out.printf(
                "[faults] application-service restarted between submit and acceptance: %s ACCEPTED%n", caseNo);
    }

    private static int done(List<Future<String>> futures) {
        return (int) futures.stream().filter(Future::isDone).count();
    }

    private static List<String> caseNumbers(List<Future<String>> futures)
            throws InterruptedException, ExecutionException {
        var caseNos = new ArrayList<String>();
        for (var future : futures) {
            caseNos.add(future.get());
        }
        assertThat(caseNos).doesNotHaveDuplicates();
        return caseNos;
    }

    private static void awaitAllInReview(List<String> caseNos) {
        var clerk = api.tokenOf("clerk");
        Set<String> missing = new HashSet<>(caseNos);
        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    missing.removeIf(caseNo ->
                            api.get("/api/review/cases/" + caseNo, clerk).statusCode() == 200);
                    return missing.isEmpty();
                });
    }

    private static java.util.Map<String, Integer> submittedEventsPerCase(List<String> caseNos) {
        var wanted = new HashSet<>(caseNos);
        var counts = new java.util.HashMap<String, Integer>();
        Topics.readUntil(stack.ports(), "application.v1", Duration.ofSeconds(60), seen -> {
            counts.clear();
            seen.stream()
                    .filter(r -> wanted.contains(r.key()) && r.value().contains("\"ApplicationSubmitted\""))
                    .forEach(r -> counts.merge(r.key(), 1, Integer::sum));
            return counts.keySet().containsAll(wanted);
        });
        assertThat(counts.keySet()).containsExactlyInAnyOrderElementsOf(wanted);
        return counts;
    }

    /** Deliveries a service's consumers recognised as already applied, from its own metrics. */
    private static String duplicates(PlatformService service) throws Exception {
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(stack.service(service).baseUrl() + "/actuator/prometheus"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        return String.valueOf(response.body()
                .lines()
                .filter(l -> l.startsWith("onewindow_consumer_events_total") && l.contains("result=\"duplicate\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum());
    }
}
