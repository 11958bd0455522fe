package org.onewindow.gateway;

import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses an oversized body with 413 before it is forwarded: JSON up to the body limit, file
 * uploads (multipart) up to the upload limit, or the much smaller anonymous upload limit when no
 * token comes with them (complaints and the other public paths). A body without a length
 * (chunked) is read up to the limit first and forwarded only if it fits, with its length then
 * known. The services hold the same limits again.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestSizeFilter implements WebFilter {

    private static final Set<HttpMethod> WITH_BODY = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);

    private final long maxBody;
    private final long maxUpload;
    private final long maxAnonymousUpload;

    RequestSizeFilter(GatewayProperties properties) {
        this.maxBody = properties.maxBodySize().toBytes();
        this.maxUpload = properties.maxUploadSize().toBytes();
        this.maxAnonymousUpload = properties.maxAnonymousUploadSize().toBytes();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        var request = exchange.getRequest();
        var headers = request.getHeaders();
        long limit = limitFor(request.getPath().value(), headers);
        long length = headers.getContentLength();
        if (length > limit) {
            return tooLarge(exchange, limit);
        }
        if (length >= 0 || !mayHaveBody(request)) {
            return chain.filter(exchange);
        }
        return DataBufferUtils.join(request.getBody(), (int) Math.min(limit, Integer.MAX_VALUE))
                .map(Body::new)
                .onErrorReturn(DataBufferLimitException.class, Body.TOO_LARGE)
                .defaultIfEmpty(Body.EMPTY)
                .flatMap(body -> {
                    if (body == Body.TOO_LARGE) {
                        // the rest of the body is never read: this connection ends with the answer
                        exchange.getResponse().getHeaders().set(HttpHeaders.CONNECTION, "close");
                        return tooLarge(exchange, limit);
                    }
                    return chain.filter(exchange.mutate()
                            .request(new MeasuredRequest(request, body.buffer()))
                            .build());
                });
    }

    private long limitFor(String path, HttpHeaders headers) {
        var type = headers.getContentType();
        if (type == null || !MediaType.MULTIPART_FORM_DATA.includes(type)) {
            return maxBody;
        }
        if (!path.startsWith("/api/")) {
            // a portal page: the signed-in person's session is a cookie, not a token; the portal
            // holds its own limits and forwards the file to the API with her token
            return maxUpload;
        }
        var authorization = headers.getFirst(HttpHeaders.AUTHORIZATION);
        boolean withToken = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
        return withToken ? maxUpload : maxAnonymousUpload;
    }

    private static boolean mayHaveBody(ServerHttpRequest request) {
        return request.getHeaders().containsHeader(HttpHeaders.TRANSFER_ENCODING)
                || WITH_BODY.contains(request.getMethod());
    }

    private static Mono<Void> tooLarge(ServerWebExchange exchange, long limit) {
        return ProblemResponses.write(
                exchange,
                HttpStatus.CONTENT_TOO_LARGE,
                "payload-too-large",
                "the request body is larger than " + limit + " bytes");
    }

    /** A body read whole, or the sign that it did not fit. */
    private record Body(DataBuffer buffer) {
        static final Body TOO_LARGE = new Body(null);
        static final Body EMPTY = new Body(null);
    }

    /** The request with its body read, sent on with a length instead of in chunks. */
    private static final class MeasuredRequest extends ServerHttpRequestDecorator {

        private final DataBuffer body;
        private final HttpHeaders headers;

        MeasuredRequest(ServerHttpRequest request, DataBuffer body) {
            super(request);
            this.body = body;
            this.headers = new HttpHeaders();
            this.headers.addAll(request.getHeaders());
            this.headers.remove(HttpHeaders.TRANSFER_ENCODING);
            this.headers.setContentLength(body == null ? 0 : body.readableByteCount());
        }

        @Override
        public HttpHeaders getHeaders() {
            return headers;
        }

        @Override
        public Flux<DataBuffer> getBody() {
            return body == null ? Flux.empty() : Flux.just(body);
        }
    }
}
