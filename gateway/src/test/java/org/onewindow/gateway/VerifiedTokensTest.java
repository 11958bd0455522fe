package org.onewindow.gateway;

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
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

class VerifiedTokensTest {

    static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");

    final AtomicInteger verifications = new AtomicInteger();
    Instant expiresAt = NOW.plus(Duration.ofMinutes(5));

    /** Verifies "good-…" tokens (each counted), refuses anything else. */
    final ReactiveJwtDecoder verifier = token -> {
        verifications.incrementAndGet();
        if (!token.startsWith("good-")) {
            return Mono.error(new BadJwtException("bad signature"));
        }
        return Mono.just(Jwt.withTokenValue(token)
                .header("alg", "RS256")
                .subject("applicant")
                .issuedAt(NOW.minusSeconds(1))
                .expiresAt(expiresAt)
                .build());
    };

    @Test
    void aTokenIsVerifiedOnceUntilItExpires() {
        var clock = new MutableClock(NOW);
        var tokens = new VerifiedTokens(verifier, clock);
        assertThat(tokens.decode("good-1").block().getSubject()).isEqualTo("applicant");
        assertThat(tokens.decode("good-1").block().getSubject()).isEqualTo("applicant");
        assertThat(verifications).hasValue(1);
        clock.now = expiresAt;
        tokens.decode("good-1").block();
        assertThat(verifications).as("verified again once expired").hasValue(2);
    }

    @Test
    void aRefusedOrDifferentTokenIsAlwaysVerifiedInFull() {
        var tokens = new VerifiedTokens(verifier, new MutableClock(NOW));
        tokens.decode("good-1").block();
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> tokens.decode("forged-1").block()).isInstanceOf(BadJwtException.class);
        }
        tokens.decode("good-2").block();
        assertThat(verifications).hasValue(4);
    }

    @Test
    void staysBounded() {
        var tokens = new VerifiedTokens(verifier, new MutableClock(NOW));
        for (int i = 0; i <= VerifiedTokens.MAX_TOKENS; i++) {
            tokens.decode("good-" + i).block();
        }
        tokens.decode("good-0").block();
        assertThat(verifications)
                .as("the first was let go when the limit was reached")
                .hasValue(VerifiedTokens.MAX_TOKENS + 2);
    }

    static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
