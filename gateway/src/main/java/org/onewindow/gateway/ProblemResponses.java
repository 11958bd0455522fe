package org.onewindow.gateway;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** RFC 9457 answers of the gateway itself, in the same style as the services'. */
final class ProblemResponses {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Above any JSON body the gateway forwards (1 MB), far below an upload. */
    static final long MAX_DISCARDED_BODY = 2L * 1024 * 1024;

    private ProblemResponses() {}

    static Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String slug, String detail) {
        var response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        return discardBody(exchange).then(Mono.defer(() -> {
            var problem = new LinkedHashMap<String, Object>();
            problem.put("type", "urn:onewindow:problem:" + slug);
            problem.put("title", status.getReasonPhrase());
            problem.put("status", status.value());
            problem.put("detail", detail);
            problem.put("instance", exchange.getRequest().getPath().value());
            response.setStatusCode(status);
            response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
            var bytes = JSON.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8);
            return response.writeWith(Mono.just(response.bufferFactory().wrap(bytes)));
        }));
    }

    /**
     * Reads a refused request's body before the answer. Left unread on a kept-alive connection,
     * it stalled the client's next request on that connection (Reactor Netty 1.3; GatewayTest
     * caught it in about one run of three). A body too large to read is not read: that
     * connection ends with the answer instead.
     */
    private static Mono<Void> discardBody(ServerWebExchange exchange) {
        var request = exchange.getRequest();
        if (!hasBody(request)) {
            return Mono.empty();
        }
        if (request.getHeaders().getContentLength() > MAX_DISCARDED_BODY) {
            exchange.getResponse().getHeaders().set(HttpHeaders.CONNECTION, "close");
            return Mono.empty();
        }
        var read = new AtomicLong();
        return request.getBody()
                .doOnNext(buffer -> {
                    read.addAndGet(buffer.readableByteCount());
                    DataBufferUtils.release(buffer);
                })
                .takeWhile(buffer -> read.get() <= MAX_DISCARDED_BODY)
                .then(Mono.fromRunnable(() -> {
                    if (read.get() > MAX_DISCARDED_BODY) {
                        exchange.getResponse().getHeaders().set(HttpHeaders.CONNECTION, "close");
                    }
                }))
                .onErrorResume(e -> {
                    exchange.getResponse().getHeaders().set(HttpHeaders.CONNECTION, "close");
                    return Mono.empty();
                })
                .then();
    }

    private static boolean hasBody(ServerHttpRequest request) {
        var headers = request.getHeaders();
        return headers.getContentLength() > 0 || headers.containsHeader(HttpHeaders.TRANSFER_ENCODING);
    }
}
