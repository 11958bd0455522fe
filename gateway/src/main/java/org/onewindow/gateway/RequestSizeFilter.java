package org.onewindow.gateway;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses an oversized body with 413 before it is forwarded: JSON up to the body limit, file
 * uploads (multipart) up to the upload limit. The services hold the same limits again.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestSizeFilter implements WebFilter {

    private final long maxBody;
    private final long maxUpload;

    RequestSizeFilter(GatewayProperties properties) {
        this.maxBody = properties.maxBodySize().toBytes();
        this.maxUpload = properties.maxUploadSize().toBytes();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        var headers = exchange.getRequest().getHeaders();
        long length = headers.getContentLength();
        var type = headers.getContentType();
        long limit = type != null && MediaType.MULTIPART_FORM_DATA.includes(type) ? maxUpload : maxBody;
        if (length > limit) {
            return ProblemResponses.write(
                    exchange,
                    HttpStatus.CONTENT_TOO_LARGE,
                    "payload-too-large",
                    "the request body is larger than " + limit + " bytes");
        }
        return chain.filter(exchange);
    }
}
