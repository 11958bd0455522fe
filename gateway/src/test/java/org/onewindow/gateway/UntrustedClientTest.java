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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A gateway that trusts no proxy on loopback: every test request is then a client from outside,
 * whose forwarding headers are not believed. The portal is down here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UntrustedClientTest {

    static final HttpServer backend = echoForwardingHeaders();

    @LocalServerPort
    int port;

    final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        var up = "http://127.0.0.1:" + backend.getAddress().getPort();
        registry.add("CATALOG_URI", () -> up);
        registry.add("DISCLOSURE_URI", () -> up);
        registry.add("PORTAL_URI", () -> "http://127.0.0.1:" + freePort());
        registry.add("OIDC_JWK_SET_URI", () -> up + "/certs");
        registry.add("TRUSTED_PROXIES", () -> "10.0.0.0/8");
    }

    @AfterAll
    static void stopBackend() {
        backend.stop(0);
    }

    @Test
    void aClientCannotChooseTheAddressItIsCountedAs() throws Exception {
        HttpResponse<String> last = null;
        for (int i = 0; i < 7; i++) {
            last = send(request("/api/disclosure/complaints")
                    .header("Content-Type", "application/json")
                    .header("X-Forwarded-For", "198.51.100." + i)
                    .POST(HttpRequest.BodyPublishers.ofString("{}")));
        }
        assertThat(last.statusCode()).isEqualTo(429);
    }

    @Test
    void forwardingHeadersFromAClientAreDropped() throws Exception {
        var response = send(request("/api/catalog/items")
                .header("X-Forwarded-For", "198.51.100.1")
                .header("X-Forwarded-Host", "evil.example")
                .GET());
        assertThat(response.body()).contains("for=127.0.0.1;").doesNotContain("198.51.100.1", "evil.example");
    }

    @Test
    void aPortalThatIsDownIsACalmChinesePage() throws Exception {
        var response = send(request("/").header("Accept", "text/html").GET());
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("网上办事大厅暂时无法访问", "12345").doesNotContain("Exception", "problem");
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpServer echoForwardingHeaders() {
        try {
            var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                exchange.getRequestBody().readAllBytes();
                var headers = exchange.getRequestHeaders();
                var body = ("for=" + headers.getFirst("X-Forwarded-For") + "; host="
                                + headers.getFirst("X-Forwarded-Host"))
                        .getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
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
