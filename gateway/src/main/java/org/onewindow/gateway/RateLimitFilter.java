package org.onewindow.gateway;

import java.security.Principal;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Per-client rate limit on the API, answering 429 as a problem detail. It runs after the
 * security filters, so a signed-in client is counted by its token's subject; anonymous callers by
 * address. Anonymous complaint filing has its own, much smaller allowance.
 */
@Component
@Order(10)
class RateLimitFilter implements WebFilter {

    private final TokenBuckets api;
    private final TokenBuckets complaints;

    private final TrustedProxies proxies;

    RateLimitFilter(GatewayProperties properties, TrustedProxies proxies) {
        this.proxies = proxies;
        var limits = properties.rateLimit();
        this.api = new TokenBuckets(limits.capacity(), limits.perSecond(), System::nanoTime);
        this.complaints =
                new TokenBuckets(limits.complaintsCapacity(), limits.complaintsPerMinute() / 60.0, System::nanoTime);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        var request = exchange.getRequest();
        if (!request.getPath().value().startsWith("/api/")) {
            return chain.filter(exchange);
        }
        var buckets = isComplaintFiling(exchange) ? complaints : api;
        return exchange.getPrincipal()
                .map(Principal::getName)
                .map(name -> "user:" + name)
                .defaultIfEmpty("address:" + proxies.clientAddress(request))
                .flatMap(client -> buckets.tryTake(client) ? chain.filter(exchange) : tooMany(exchange));
    }

    private static boolean isComplaintFiling(ServerWebExchange exchange) {
        var request = exchange.getRequest();
        return HttpMethod.POST.equals(request.getMethod())
                && request.getPath().value().equals("/api/disclosure/complaints");
    }

    private static Mono<Void> tooMany(ServerWebExchange exchange) {
        exchange.getResponse().getHeaders().set("Retry-After", "1");
        return ProblemResponses.write(
                exchange, HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", "too many requests; slow down and retry");
    }
}
