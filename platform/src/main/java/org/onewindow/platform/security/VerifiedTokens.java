package org.onewindow.platform.security;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Remembers tokens already verified, until they expire. A client sends the same token with every
 * request of its session, and checking its RSA signature each time was a tenth of
 * application-service's CPU under load (JFR, load benchmark). A token is a signed, immutable
 * string: the same string verified once stays verified until its {@code exp}; a changed or forged
 * one is another string and is verified in full. (The gateway has the reactive twin.)
 */
final class VerifiedTokens implements JwtDecoder {

    static final int MAX_TOKENS = 10_000;

    private final JwtDecoder verifier;
    private final Clock clock;
    private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

    VerifiedTokens(JwtDecoder verifier, Clock clock) {
        this.verifier = verifier;
        this.clock = clock;
    }

    @Override
    public Jwt decode(String token) {
        var known = verified.get(token);
        if (known != null
                && known.getExpiresAt() != null
                && known.getExpiresAt().isAfter(clock.instant())) {
            return known;
        }
        var jwt = verifier.decode(token);
        if (jwt.getExpiresAt() != null) {
            if (verified.size() >= MAX_TOKENS) {
                verified.clear(); // far more sessions than expected at once: start again rather than grow
            }
            verified.put(token, jwt);
        }
        return jwt;
    }
}
