package org.onewindow.e2e.fuzz;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A run against a stand-in gateway (WireMock) that answers every request with a problem, except
 * where told otherwise. Its Jetty answers a few requests itself (a NUL in the path with a bare
 * 400, a multipart body without a boundary with a 500), just as a servlet container behind the
 * real gateway would: those the run reports too, and the tests look past them.
 */
class FuzzRunTest {

    private WireMockServer gateway;

    @BeforeEach
    void start() {
        gateway = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        gateway.start();
        gateway.stubFor(any(anyUrl())
                .atPriority(10)
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"urn:onewindow:problem:validation\",\"status\":400}")));
    }

    @AfterEach
    void stop() {
        gateway.stop();
    }

    private FuzzReport run(String only) {
        try (var rows = RowCounts.open(List.of(), database -> "", "", "")) {
            return FuzzRun.run(
                    new FuzzRun.Setup(
                            URI.create(gateway.baseUrl()),
                            13,
                            FuzzRunTest::fakeToken,
                            SampleDocument.FIXTURES,
                            rows,
                            Pattern.compile(only),
                            Duration.ofSeconds(60),
                            new PrintStream(PrintStream.nullOutputStream())),
                    SampleDocument.operations());
        }
    }

    /** The failures the stand-in's own container causes, which are not what a test here is about. */
    private static List<FuzzReport.Failure> ours(FuzzReport report) {
        return report.failures().stream()
                .filter(f -> !f.label().startsWith("path id: NUL")
                        && !f.label().equals("content type: multipart without a boundary"))
                .toList();
    }

    @Test
    void problemDetailsEverywherePass_andEveryRequestIsCounted() {
        var report = run("^GET /api/applications$");
        assertThat(report.failures()).isEmpty();
        assertThat(report.requests())
                .isEqualTo(gateway.getAllServeEvents().size())
                .isGreaterThan(10);
        assertThat(report.summary()).contains("by status {400=" + report.requests() + "}");
    }

    @Test
    void aServerErrorIsReportedWithTheRequestThatCausedIt() {
        gateway.stubFor(put(urlPathEqualTo("/api/applications/" + SampleDocument.OWN_DRAFT + "/form"))
                .withHeader("Content-Type", equalTo("text/plain"))
                .willReturn(aResponse().withStatus(500).withBody("boom")));
        var report = run("^PUT /api/applications/\\{id\\}/form$");
        assertThat(ours(report)).singleElement().satisfies(failure -> {
            assertThat(failure.label()).isEqualTo("content type: text/plain");
            assertThat(failure.reasons()).contains("server error 500");
            assertThat(failure.request()).startsWith("PUT /api/applications/" + SampleDocument.OWN_DRAFT + "/form");
        });
        assertThat(report.summary()).contains("-Dfuzz.seed=13");
    }

    @Test
    void anotherUsersDraftAcceptedIsAFailure() {
        gateway.stubFor(put(urlPathEqualTo("/api/applications/" + SampleDocument.THEIR_DRAFT + "/form"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{}")));
        var report = run("^PUT /api/applications/\\{id\\}/form$");
        assertThat(ours(report))
                .singleElement()
                .satisfies(failure ->
                        assertThat(failure.reasons()).containsExactly("answered 200 to a request it must refuse"));
    }

    @Test
    void tokensAreTheCallersOwn_noneAtAll_orForged() {
        run("^POST /api/applications$");
        var authorizations = gateway.getAllServeEvents().stream()
                .map(e -> e.getRequest().getHeader("Authorization"))
                .toList();
        assertThat(authorizations).contains("Bearer " + fakeToken("applicant")).containsNull();
        assertThat(authorizations)
                .filteredOn(a -> a != null && !a.equals("Bearer " + fakeToken("applicant")))
                .hasSize(2);
    }

    @Test
    void complaintsAreSpreadOverTheIdentities_neverAnonymous() {
        gateway.stubFor(post(urlPathEqualTo("/api/applications"))
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{}")));
        var report = run("^POST /api/applications$");
        assertThat(report.summary()).contains("accepted writes");
    }

    /** A token-shaped string per identity: the forger reads its header and claims. */
    private static String fakeToken(String who) {
        var encoder = Base64.getUrlEncoder().withoutPadding();
        return encoder.encodeToString("{\"alg\":\"RS256\",\"kid\":\"k\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + encoder.encodeToString(("{\"sub\":\"" + who + "\"}").getBytes(StandardCharsets.UTF_8)) + ".c2ln";
    }
}
