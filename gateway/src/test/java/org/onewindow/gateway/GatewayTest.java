package org.onewindow.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The gateway in front of a plain HTTP server standing in for the services (a slice test: the
 * services' own behaviour is proven in their modules and end to end).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayTest {

    static final java.util.concurrent.atomic.AtomicInteger forwardedBodies =
            new java.util.concurrent.atomic.AtomicInteger();
    static final HttpServer backend = startBackend();
    static final int deadPort = freePort();

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    // HTTP/1.1 as browsers and the services speak it to the gateway; the JDK's default HTTP/2 asks
    // for an h2c upgrade on every new plain connection
    final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        var up = "http://127.0.0.1:" + backend.getAddress().getPort();
        registry.add("CATALOG_URI", () -> up);
        registry.add("APPLICATION_URI", () -> up);
        registry.add("REVIEW_URI", () -> up);
        registry.add("PORTAL_URI", () -> up);
        registry.add("DISCLOSURE_URI", () -> "http://127.0.0.1:" + deadPort);
        registry.add("OIDC_JWK_SET_URI", () -> up + "/certs");
        registry.add("SERVER_ADDRESS", () -> "127.0.0.1");
        registry.add("spring.cloud.gateway.server.webflux.httpclient.response-timeout", () -> "2s");
        // were the circuit breakers' time limiter on, this would cut a 1 s answer short
        registry.add("resilience4j.timelimiter.configs.default.timeout-duration", () -> "500ms");
    }

    @AfterAll
    static void stopBackend() {
        backend.stop(0);
    }

    @Test
    void publicReadIsForwardedWithACorrelationId() throws Exception {
        var response = send(get("/api/catalog/items?q=出版物".replace("出版物", "%E5%87%BA%E7%89%88%E7%89%A9")));
        assertThat(response.statusCode()).isEqualTo(200);
        var correlationId = response.headers().firstValue("X-Correlation-Id").orElseThrow();
        assertThat(response.body()).contains("\"path\":\"/api/catalog/items\"").contains(correlationId);
    }

    @Test
    void callersCorrelationIdIsKept() throws Exception {
        var response = send(get("/api/catalog/items").header("X-Correlation-Id", "trace-me-42"));
        assertThat(response.headers().firstValue("X-Correlation-Id")).hasValue("trace-me-42");
        assertThat(response.body()).contains("trace-me-42");
    }

    @Test
    void protectedPathWithoutTokenIs401Problem() throws Exception {
        var response = send(post("/api/applications", "{}"));
        assertProblem(response, 401, "unauthorized");
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    }

    @Test
    void theSharingApiWantsAToken() throws Exception {
        // another department's system comes with its client-credentials token; the directory's
        // rules are review-service's, but nobody gets that far without a token, in any spelling
        for (var path : new String[] {
            "/api/sharing/licences?creditCode=91530100MA6K000013",
            "/api/%73haring/licences?creditCode=91530100MA6K000013",
            "/api/sharing/access-log"
        }) {
            assertProblem(send(get(path)), 401, "unauthorized");
        }
    }

    @Test
    void forgedTokenIs401Problem() throws Exception {
        var response = send(post("/api/applications", "{}").header("Authorization", "Bearer not.a.token"));
        assertProblem(response, 401, "unauthorized");
    }

    @Test
    void oversizedBodyIs413ProblemAndNeverForwarded() throws Exception {
        var response = send(post("/api/catalog/items", "x".repeat(1024 * 1024 + 1)));
        assertProblem(response, 413, "payload-too-large");
    }

    @Test
    void refusedRequestsWithABodyLeaveTheirConnectionReadyForTheNext() throws Exception {
        // one client, so one kept-alive connection: each refused body must be read off it, or the
        // next request on it waits (seen once in a few runs before the gateway read them)
        for (int i = 0; i < 100; i++) {
            assertProblem(send(post("/api/applications", "{\"itemCode\":\"" + i + "\"}")), 401, "unauthorized");
            assertProblem(send(post("/api/catalog/items", "x".repeat(1024 * 1024 + 1))), 413, "payload-too-large");
            assertThat(send(get("/api/catalog/items")).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void manyConcurrentCallsToOneServiceAreAllForwarded() throws Exception {
        // Spring Cloud's default reactive bulkhead let 25 calls through and failed the rest with 503
        var pool = java.util.concurrent.Executors.newFixedThreadPool(60);
        try {
            var calls = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
            for (int i = 0; i < 60; i++) {
                calls.add(pool.submit(() -> send(get("/api/catalog/items/slow")).statusCode()));
            }
            for (var call : calls) {
                assertThat(call.get(30, TimeUnit.SECONDS)).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }
    }

    /** The circuit breakers' time limiter is off: only the client's response timeout bounds a call. */
    @Test
    void anAnswerSlowerThanATimeLimiterWouldAllowStillArrives() throws Exception {
        assertThat(send(get("/api/catalog/items/slow1s")).statusCode()).isEqualTo(200);
    }

    @Test
    void aServiceThatNeverAnswersIs503ProblemOnceTheResponseTimeoutPasses() throws Exception {
        long start = System.nanoTime();

        var response = send(get("/api/catalog/items/hang"));

        assertProblem(response, 503, "service-unavailable");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(6));
    }

    @Test
    void serviceDownIs503ProblemFromTheCircuitBreaker() throws Exception {
        var response = send(get("/api/disclosure/items"));
        assertProblem(response, 503, "service-unavailable");
        assertThat(response.body()).contains("disclosure-service");
    }

    @Test
    void complaintFloodFromOneAddressIs429Problem() throws Exception {
        HttpResponse<String> last = null;
        for (int i = 0; i < 7; i++) {
            last = send(post("/api/disclosure/complaints", "{}"));
        }
        assertProblem(last, 429, "too-many-requests");
        assertThat(last.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void corsAllowsTheConfiguredFrontendOnly() throws Exception {
        var allowed = send(preflight("http://localhost:5173"));
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://localhost:5173");
        var other = send(preflight("https://evil.example"));
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void aPathTheFirewallRefusesIsAProblemToo() throws Exception {
        for (var path :
                new String[] {"/api/catalog/items/a%2Fb", "/api/catalog/items;x=1", "/api/catalog/%2e%2e/items"}) {
            assertProblem(send(get(path)), 400, "rejected-request");
        }
    }

    @Test
    void unknownApiPathIsAProblemNeverThePortal() throws Exception {
        assertProblem(send(get("/api/nowhere")), 401, "unauthorized");
        assertProblem(send(get("/api")), 401, "unauthorized");
    }

    @Test
    void everythingElseIsThePortalWithTheBrowsersCookies() throws Exception {
        for (var path : new String[] {
            "/", "/search", "/items/X/apply", "/webjars/bootstrap/x.css", "/login/oauth2/code/keycloak"
        }) {
            var response = send(get(path).header("Cookie", "SESSION=abc"));
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).contains("\"path\":\"" + path + "\"", "\"cookie\":\"SESSION=abc\"");
        }
    }

    @Test
    void signingOutIsThePortalsNotTheGatewaysOwnLogout() throws Exception {
        // Spring Security's WebFlux chain answers POST /logout itself (a redirect to /login?logout)
        // unless told not to: the portal would never end the person's session
        var response = send(post("/logout", "_csrf=token")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "SESSION=abc"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"path\":\"/logout\"", "\"cookie\":\"SESSION=abc\"");
    }

    @Test
    void theApiNeverSeesTheBrowsersCookies() throws Exception {
        var response = send(get("/api/catalog/items").header("Cookie", "SESSION=abc"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"cookie\":\"null\"");
        var doc = send(get("/v3/api-docs/catalog").header("Cookie", "SESSION=abc"));
        assertThat(doc.body()).contains("\"cookie\":\"null\"");
    }

    @Test
    void theSwaggerUiAndHealthStayTheGatewaysOwn() throws Exception {
        for (var path : new String[] {"/swagger-ui.html", "/actuator/health", "/v3/api-docs/swagger-config"}) {
            assertThat(send(get(path)).body()).as(path).doesNotContain("\"path\":");
        }
    }

    @Test
    void aTrustedProxysForwardedAddressIsItsOwnClient() throws Exception {
        // the portal (loopback here) files complaints for many visitors: each visitor counts alone
        for (int i = 0; i < 7; i++) {
            var response = send(post("/api/disclosure/complaints", "{}").header("X-Forwarded-For", "203.0.113." + i));
            assertThat(response.statusCode()).as("visitor %d", i).isNotEqualTo(429);
        }
        var forwarded = send(get("/api/catalog/items").header("X-Forwarded-For", "203.0.113.9"));
        assertThat(forwarded.body()).contains("\"forwardedFor\":\"203.0.113.9,127.0.0.1\"");
    }

    @Test
    void theClientIsDecidedOnceAndIsTheFirstHopBehindTheGateway() throws Exception {
        // an ingress (trusted) appended the visitor to what she wrote herself: behind the gateway
        // the first hop must be the visitor, since the portal and the services read the first hop
        var forwarded = send(get("/api/catalog/items").header("X-Forwarded-For", "198.51.100.66, 203.0.113.9"));

        assertThat(forwarded.body())
                .contains("\"forwardedFor\":\"203.0.113.9,127.0.0.1\"")
                // Spring behind the gateway would prefer this header, which names only the peer
                .contains("\"forwarded\":\"null\"");
    }

    @Test
    void servesEachServicesOpenApiDocumentForOneSwaggerUi() throws Exception {
        var doc = send(get("/v3/api-docs/catalog"));
        assertThat(doc.statusCode()).isEqualTo(200);
        assertThat(doc.body()).contains("\"path\":\"/v3/api-docs\"");
        var config = send(get("/v3/api-docs/swagger-config"));
        assertThat(config.body())
                .contains(
                        "/v3/api-docs/catalog",
                        "/v3/api-docs/application",
                        "/v3/api-docs/review",
                        "/v3/api-docs/disclosure");
    }

    @Test
    void thePublicSeesOnlyTheBareHealthStatus() throws Exception {
        for (var path : new String[] {"/actuator/health", "/actuator/health/readiness", "/actuator/health/liveness"}) {
            var response = send(get(path));
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).isEqualTo("{\"status\":\"UP\"}");
        }
    }

    @Test
    void operationsEndpointsAreNotReachableOnThePublicPort() throws Exception {
        for (var path : new String[] {
            "/actuator",
            "/actuator/prometheus",
            "/actuator/env",
            "/actuator/info",
            "/actuator/metrics",
            "/actuator/gateway/routes",
            "/actuator/gateway/globalfilters",
            "/actuator/health/diskSpace"
        }) {
            var response = send(get(path));
            assertProblem(response, 404, "not-found");
            assertThat(response.body()).as(path).doesNotContain("jvm_").doesNotContain("route_id");
        }
        var refresh = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/gateway/refresh"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(refresh.statusCode()).isEqualTo(404);
    }

    @Test
    void metricsAndHealthDetailsAreServedOnTheInternalManagementPort() throws Exception {
        assertThat(managementPort).isPositive().isNotEqualTo(port);
        var metrics =
                send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/actuator/prometheus"))
                        .GET());
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
        var health = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/actuator/health"))
                .GET());
        assertThat(health.body()).contains("components");
    }

    @Test
    void aChunkedBodyOverTheLimitIs413ProblemAndNeverForwarded() throws Exception {
        int before = forwardedBodies.get();
        var response = send(chunked("/api/review/certificates/verify", "application/json", 1024 * 1024 + 1));
        assertProblem(response, 413, "payload-too-large");
        assertThat(forwardedBodies.get()).isEqualTo(before);
    }

    @Test
    void aChunkedBodyWithinTheLimitIsForwardedWithItsLength() throws Exception {
        var response = send(chunked("/api/review/certificates/verify", "application/json", 1000));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"bodyBytes\":1000");
    }

    @Test
    void anAnonymousUploadOverTwoMegabytesIs413Problem() throws Exception {
        var multipart = "multipart/form-data; boundary=xyz";
        var declared = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/review/certificates/verify"))
                .header("Content-Type", multipart)
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[2 * 1024 * 1024 + 1]));
        assertProblem(send(declared), 413, "payload-too-large");
        assertProblem(
                send(chunked("/api/review/certificates/verify", multipart, 2 * 1024 * 1024 + 1)),
                413,
                "payload-too-large");
        var small = send(chunked("/api/review/certificates/verify", multipart, 1024 * 1024 + 1));
        assertThat(small.statusCode())
                .as("an upload, not JSON: over the body limit, within 2 MB")
                .isEqualTo(200);
    }

    @Test
    void nulAndInvalidUnicodeInThePathOrQueryAre400Problems() throws Exception {
        for (var path : new String[] {
            "/api/catalog/items?q=%00",
            "/api/catalog/items?q=a%00b",
            "/api/catalog/items?q=%ED%A0%80",
            "/api/catalog/items?q=%FF",
            "/api/catalog/items/ab%00cd",
            "/api/catalog/items/%ED%B0%80"
        }) {
            assertProblem(send(get(path)), 400, "invalid-text");
        }
        assertThat(send(get("/api/catalog/items?q=%E5%87%BA%E7%89%88+%E7%89%A9"))
                        .statusCode())
                .isEqualTo(200);
    }

    private void assertProblem(HttpResponse<String> response, int status, String slug) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"type\":\"urn:onewindow:problem:" + slug + "\"");
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .GET();
    }

    private HttpRequest.Builder post(String path, String body) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpRequest.Builder preflight(String origin) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/catalog/items"))
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "GET")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody());
    }

    private HttpRequest.Builder chunked(String path, String contentType, int bytes) {
        // a publisher of unknown length: the client sends the body in chunks, without Content-Length
        var body = new byte[bytes];
        java.util.Arrays.fill(body, (byte) 'x');
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(
                request.timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpServer startBackend() {
        try {
            var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                var path = exchange.getRequestURI().getPath();
                if (path.endsWith("/slow") || path.endsWith("/slow1s") || path.endsWith("/hang")) {
                    try {
                        Thread.sleep(path.endsWith("/hang") ? 8_000 : path.endsWith("/slow1s") ? 1_000 : 300);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                int bodyBytes = exchange.getRequestBody().readAllBytes().length;
                if (bodyBytes > 0) {
                    forwardedBodies.incrementAndGet();
                }
                var headers = exchange.getRequestHeaders();
                var body = ("{\"path\":\"" + exchange.getRequestURI().getPath() + "\",\"correlationId\":\""
                                + headers.getFirst("X-Correlation-Id") + "\",\"bodyBytes\":"
                                + bodyBytes + ",\"cookie\":\"" + headers.getFirst("Cookie")
                                + "\",\"forwardedFor\":\"" + headers.getFirst("X-Forwarded-For")
                                + "\",\"forwarded\":\"" + headers.getFirst("Forwarded") + "\"}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
