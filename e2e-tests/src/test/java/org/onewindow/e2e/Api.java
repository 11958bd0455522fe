package org.onewindow.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.onewindow.localstack.Ports;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A client of the platform as a frontend is one: through the gateway, with Keycloak's tokens. */
final class Api {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Ports ports;

    Api(Ports ports) {
        this.ports = ports;
    }

    /** A demo user's access token, by the password grant of the dev realm's portal client. */
    String tokenOf(String username) {
        return token(Map.of("grant_type", "password", "client_id", "portal", "username", username, "password", "demo"));
    }

    /** The provincial platform's token, by the client-credentials grant. */
    String provincialPlatformToken() {
        return token(Map.of(
                "grant_type",
                "client_credentials",
                "client_id",
                "provincial-platform",
                "client_secret",
                "provincial-dev-secret"));
    }

    /** The demo sharing client's token (another department's system), by the client-credentials grant. */
    String sharingToken() {
        return token(Map.of(
                "grant_type",
                "client_credentials",
                "client_id",
                "sharing-demo",
                "client_secret",
                "sharing-dev-secret"));
    }

    private String token(Map<String, String> form) {
        var body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        var request = HttpRequest.newBuilder(URI.create(ports.issuer() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        var response = send(request);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("token request failed: " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body()).get("access_token").asString();
    }

    static JsonNode claimsOf(String token) {
        var payload = token.split("\\.")[1];
        return JSON.readTree(new String(java.util.Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }

    HttpResponse<String> get(String path, String token) {
        return send(builder(path, token).GET().build());
    }

    HttpResponse<String> get(String path, String token, String header, String value) {
        return send(builder(path, token).header(header, value).GET().build());
    }

    HttpResponse<String> post(String path, String token, String json) {
        return send(builder(path, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    HttpResponse<String> put(String path, String token, String json) {
        return send(builder(path, token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    HttpResponse<String> post(String path, String token, String json, String idempotencyKey) {
        return send(builder(path, token)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    /** One file in the multipart part {@code file}, as a browser sends it. */
    HttpResponse<String> upload(String path, String token, String fileName, String contentType, byte[] content) {
        var boundary = "----onewindow" + java.util.UUID.randomUUID();
        var head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        var tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        var body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return send(builder(path, token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
    }

    HttpResponse<String> direct(int port, String path) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .GET()
                .build());
    }

    private HttpRequest.Builder builder(String path, String token) {
        var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + ports.gateway() + path))
                .timeout(Duration.ofSeconds(30));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
