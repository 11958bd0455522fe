package org.onewindow.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class VerifiedTokensTest {

    static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");
    static final Instant EXPIRES = NOW.plus(Duration.ofMinutes(5));

    final AtomicInteger verifications = new AtomicInteger();

    /** Verifies "good-…" tokens (each counted), refuses anything else. */
    final JwtDecoder verifier = token -> {
        verifications.incrementAndGet();
        if (!token.startsWith("good-")) {
            throw new BadJwtException("bad signature");
        }
        return Jwt.withTokenValue(token)
                .header("alg", "RS256")
                .subject("clerk")
                .issuedAt(NOW.minusSeconds(1))
                .expiresAt(token.equals("good-expired") ? NOW : EXPIRES)
                .build();
    };

    @Test
    void aTokenIsVerifiedOnceUntilItExpiresAndARefusedOneEveryTime() {
        var tokens = new VerifiedTokens(verifier, Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(tokens.decode("good-1").getSubject()).isEqualTo("clerk");
        assertThat(tokens.decode("good-1").getSubject()).isEqualTo("clerk");
        assertThat(verifications).hasValue(1);
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> tokens.decode("forged-1")).isInstanceOf(BadJwtException.class);
        }
        assertThat(verifications).hasValue(3);
        tokens.decode("good-expired");
        tokens.decode("good-expired");
        assertThat(verifications)
                .as("an expired token is never taken from memory")
                .hasValue(5);
    }

    @Test
    void staysBounded() {
        var tokens = new VerifiedTokens(verifier, Clock.fixed(NOW, ZoneOffset.UTC));
        for (int i = 0; i <= VerifiedTokens.MAX_TOKENS; i++) {
            tokens.decode("good-" + i);
        }
        tokens.decode("good-0");
        assertThat(verifications).hasValue(VerifiedTokens.MAX_TOKENS + 2);
    }
}
