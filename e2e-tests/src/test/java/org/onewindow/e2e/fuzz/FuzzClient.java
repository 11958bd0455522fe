package org.onewindow.e2e.fuzz;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Function;

/**
 * Sends the fuzz's requests to the gateway, one at a time and paced: the gateway allows each
 * client 100 requests a second after a burst of 200, and a 429 would hide the service's answer.
 * HTTP/1.1 only, so that no h2c upgrade stands between a request and its bytes.
 */
final class FuzzClient {

    /** What came back; {@code error} instead of a status when no answer came. */
    record Outcome(int status, String contentType, byte[] body, String error) {

        static Outcome failed(String error) {
            return new Outcome(-1, "", new byte[0], error);
        }

        boolean answered() {
            return error == null;
        }
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final URI gateway;
    private final Function<String, String> tokenOf;
    private final long minGapNanos;
    private long lastSent;

    /** @param tokenOf an identity's real token, {@code null} for the anonymous caller */
    FuzzClient(URI gateway, Function<String, String> tokenOf, int maxPerSecond) {
        this.gateway = gateway;
        this.tokenOf = tokenOf;
        this.minGapNanos = 1_000_000_000L / maxPerSecond;
    }

    Outcome send(FuzzCase fuzzCase) {
        pace();
        HttpRequest request;
        try {
            request = request(fuzzCase);
        } catch (IllegalArgumentException e) {
            return Outcome.failed("the JDK client refused to build the request: " + e.getMessage());
        }
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Outcome(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body(),
                    null);
        } catch (IOException e) {
            return Outcome.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest request(FuzzCase fuzzCase) {
        var builder =
                HttpRequest.newBuilder(URI.create(gateway + fuzzCase.target())).timeout(TIMEOUT);
        var token = fuzzCase.bearer() != null ? fuzzCase.bearer() : tokenOf.apply(fuzzCase.who());
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        fuzzCase.headers().forEach(builder::header);
        if (fuzzCase.contentType() != null) {
            builder.header("Content-Type", fuzzCase.contentType());
        }
        var body = fuzzCase.body();
        HttpRequest.BodyPublisher publisher;
        if (body == null) {
            publisher = HttpRequest.BodyPublishers.noBody();
        } else if (fuzzCase.chunked()) {
            // no length known in advance: the JDK client sends it chunked
            publisher = HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body));
        } else {
            publisher = HttpRequest.BodyPublishers.ofByteArray(body);
        }
        return builder.method(fuzzCase.method(), publisher).build();
    }

    private void pace() {
        long wait = lastSent + minGapNanos - System.nanoTime();
        if (wait > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        lastSent = System.nanoTime();
    }
}
