package org.onewindow.gateway;

import io.netty.handler.ipfilter.IpFilterRuleType;
import io.netty.handler.ipfilter.IpSubnetFilterRule;
import io.netty.util.NetUtil;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Who the client is, when a proxy stands between: the portal calls the API for its visitors, so
 * without its {@code X-Forwarded-For} every anonymous visitor would share the portal's one
 * allowance (one complaint a minute for the whole province). The header is believed only from
 * the configured proxies; from anyone else every forwarding header is dropped before the request
 * goes on, so that a client can neither choose the address its throttles count against nor the
 * host the portal builds its links from.
 *
 * <p>The client is decided here, once: a believed {@code X-Forwarded-For} is replaced by the one
 * address it resolves to, and the gateway then appends the real peer as usual. So whoever reads
 * the header behind the gateway (the portal's forwarded-header filter, a service's query-code
 * throttle) takes its first hop and gets the client, never a left part that a visitor wrote before
 * the ingress. (The RFC 7239 {@code Forwarded} header is off in application.yml: Spring prefers it
 * to {@code X-Forwarded-For}, and the gateway's own names only its peer; every visitor of the
 * portal was 127.0.0.1, one shared rate limit.)
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class TrustedProxies implements WebFilter {

    private static final List<String> FORWARDING_HEADERS = List.of(
            "Forwarded",
            "X-Forwarded-For",
            "X-Forwarded-Host",
            "X-Forwarded-Port",
            "X-Forwarded-Proto",
            "X-Forwarded-Prefix",
            "X-Real-IP");

    private final List<IpSubnetFilterRule> proxies;

    TrustedProxies(GatewayProperties properties) {
        this.proxies = properties.trustedProxies().stream()
                .map(String::strip)
                .filter(block -> !block.isEmpty())
                .map(TrustedProxies::block)
                .toList();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        var request = exchange.getRequest();
        if (isTrusted(peer(request))) {
            var forwarded = request.getHeaders().getFirst("X-Forwarded-For");
            if (forwarded == null) {
                return chain.filter(exchange);
            }
            var client = clientAddress(request);
            var resolved = request.mutate()
                    .headers(headers -> headers.set("X-Forwarded-For", client))
                    .build();
            return chain.filter(exchange.mutate().request(resolved).build());
        }
        if (FORWARDING_HEADERS.stream().noneMatch(request.getHeaders()::containsHeader)) {
            return chain.filter(exchange);
        }
        var stripped = request.mutate()
                .headers(headers -> FORWARDING_HEADERS.forEach(headers::remove))
                .build();
        return chain.filter(exchange.mutate().request(stripped).build());
    }

    /**
     * The client's address: the right-most address in {@code X-Forwarded-For} that is not one of
     * our proxies (the left part was written by whoever sent the request first, and is not
     * believed), else the connection's peer.
     */
    String clientAddress(ServerHttpRequest request) {
        var peer = peer(request);
        var forwarded = request.getHeaders().getFirst("X-Forwarded-For");
        if (forwarded == null || !isTrusted(peer)) {
            return peer;
        }
        var hops = Arrays.asList(forwarded.split(","));
        for (int i = hops.size() - 1; i >= 0; i--) {
            var hop = hops.get(i).strip();
            if (!hop.isEmpty() && !isTrusted(hop)) {
                return hop;
            }
        }
        return peer;
    }

    private boolean isTrusted(String address) {
        // a literal address only: a name in the header is never looked up
        var literal = NetUtil.createInetAddressFromIpAddressString(address);
        if (literal == null) {
            return false;
        }
        var socket = new InetSocketAddress(literal, 0);
        return proxies.stream().anyMatch(block -> block.matches(socket));
    }

    /** "10.0.0.0/8", "::1/128", or a single address. */
    private static IpSubnetFilterRule block(String cidr) {
        var slash = cidr.indexOf('/');
        var address = slash < 0 ? cidr : cidr.substring(0, slash);
        InetAddress literal = NetUtil.createInetAddressFromIpAddressString(address);
        if (literal == null) {
            throw new IllegalArgumentException("onewindow.gateway.trusted-proxies: not an address: " + cidr);
        }
        int prefix = slash < 0 ? literal.getAddress().length * 8 : Integer.parseInt(cidr.substring(slash + 1));
        return new IpSubnetFilterRule(literal, prefix, IpFilterRuleType.ACCEPT);
    }

    private static String peer(ServerHttpRequest request) {
        return Optional.ofNullable(request.getRemoteAddress())
                .map(InetSocketAddress::getAddress)
                .map(address -> address.getHostAddress())
                .orElse("unknown");
    }
}
