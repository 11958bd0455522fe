package org.onewindow.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With an OTLP endpoint set, the spans go to it (issue 17): one plain HTTP server stands in for
 * both a service behind the gateway and the OpenTelemetry Collector, and the span the collector
 * receives carries the trace id the service was handed in {@code traceparent}.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "management.tracing.sampling.probability=1.0",
            "management.opentelemetry.tracing.export.schedule-delay=100ms",
            // Spring Boot turns exporting off in tests unless asked
            "management.tracing.export.enabled=true"
        })
class TraceExportTest {

    static final CopyOnWriteArrayList<byte[]> exported = new CopyOnWriteArrayList<>();
    static final CopyOnWriteArrayList<String> traceparents = new CopyOnWriteArrayList<>();
    static final HttpServer collectorAndService = start();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void addresses(DynamicPropertyRegistry registry) {
        var up = "http://127.0.0.1:" + collectorAndService.getAddress().getPort();
        for (var route :
                new String[] {"CATALOG_URI", "APPLICATION_URI", "REVIEW_URI", "PORTAL_URI", "DISCLOSURE_URI"}) {
            registry.add(route, () -> up);
        }
        registry.add("OIDC_JWK_SET_URI", () -> up + "/certs");
        registry.add("SERVER_ADDRESS", () -> "127.0.0.1");
        // compose and the Kubernetes base set it as MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT,
        // which Spring reads from the environment under this name
        registry.add("management.opentelemetry.tracing.export.otlp.endpoint", () -> up + "/v1/traces");
    }

    @AfterAll
    static void stop() {
        collectorAndService.stop(0);
    }

    @Test
    void aProxiedRequestsSpanReachesTheCollectorWithTheTraceIdTheServiceWasGiven() throws Exception {
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        var response = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/catalog/items"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(traceparents).hasSize(1);
        var traceId = HexFormat.of().parseHex(traceparents.get(0).split("-")[1]);

        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (exported.stream().noneMatch(body -> contains(body, traceId)) && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        assertThat(exported).as("OTLP exports").anySatisfy(body -> {
            assertThat(contains(body, traceId)).as("holds the trace id").isTrue();
            assertThat(new String(body, StandardCharsets.ISO_8859_1)).contains("gateway");
        });
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static HttpServer start() {
        try {
            var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                var body = exchange.getRequestBody().readAllBytes();
                if (exchange.getRequestURI().getPath().equals("/v1/traces")) {
                    exported.add(body);
                } else {
                    var traceparent = exchange.getRequestHeaders().getFirst("traceparent");
                    if (traceparent != null) {
                        traceparents.add(traceparent);
                    }
                }
                var answer = "{}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, answer.length);
                exchange.getResponseBody().write(answer);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
