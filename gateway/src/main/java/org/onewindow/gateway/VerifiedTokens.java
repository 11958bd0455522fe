package org.onewindow.gateway;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Remembers tokens already verified, until they expire. A client sends the same token with every
 * request of its session, and checking its RSA signature again each time was a quarter of the
 * gateway's CPU under load (JFR, load benchmark). A token is a signed, immutable string: the same
 * string verified once stays verified until its {@code exp}; a changed or forged one is another
 * string and is verified in full.
 */
final class VerifiedTokens implements ReactiveJwtDecoder {

    static final int MAX_TOKENS = 10_000;

    private final ReactiveJwtDecoder verifier;
    private final Clock clock;
    private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

    VerifiedTokens(ReactiveJwtDecoder verifier, Clock clock) {
        this.verifier = verifier;
        this.clock = clock;
    }

    @Override
    public Mono<Jwt> decode(String token) {
        var jwt = verified.get(token);
        if (jwt != null) {
            if (jwt.getExpiresAt() != null && jwt.getExpiresAt().isAfter(clock.instant())) {
                return Mono.just(jwt);
            }
            verified.remove(token);
        }
        return verifier.decode(token).doOnNext(this::remember);
    }

    private void remember(Jwt jwt) {
        if (jwt.getExpiresAt() == null) {
            return; // never remembered without an end
        }
        if (verified.size() >= MAX_TOKENS) {
            // far more sessions than expected at once: start again rather than grow
            verified.clear();
        }
        verified.put(jwt.getTokenValue(), jwt);
    }
}
