package org.onewindow.gateway;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** The gateway's own errors (no route, bad gateway...) as problem details, not Boot's error JSON. */
@Component
@Order(-2)
class ProblemErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorHandler.class);

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable e) {
        if (e instanceof ResponseStatusException status) {
            var code = HttpStatus.resolve(status.getStatusCode().value());
            var resolved = code == null ? HttpStatus.INTERNAL_SERVER_ERROR : code;
            return ProblemResponses.write(exchange, resolved, slugFor(resolved), resolved.getReasonPhrase());
        }
        log.error("gateway error on {}", exchange.getRequest().getPath(), e);
        return ProblemResponses.write(
                exchange,
                HttpStatus.BAD_GATEWAY,
                "bad-gateway",
                "the service behind this path did not answer properly");
    }

    private static String slugFor(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "not-found";
            case METHOD_NOT_ALLOWED -> "method-not-allowed";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
            case CONTENT_TOO_LARGE -> "payload-too-large";
            case SERVICE_UNAVAILABLE -> "service-unavailable";
            case GATEWAY_TIMEOUT -> "gateway-timeout";
            default -> status.is5xxServerError() ? "internal-error" : "bad-request";
        };
    }
}
