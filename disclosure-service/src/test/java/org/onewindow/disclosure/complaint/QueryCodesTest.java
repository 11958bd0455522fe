package org.onewindow.disclosure.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import org.junit.jupiter.api.Test;
import org.onewindow.disclosure.complaint.QueryCodes.Match;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

class QueryCodesTest {

    static final String KEY = "test-query-code-key-0123456789abcdef";
    static final String TICKET = "TS20260301000042";

    final QueryCodes codes = new QueryCodes(KEY);

    @Test
    void codesAreReadableAndDoNotRepeat() {
        var seen = new HashSet<String>();
        for (int i = 0; i < 1000; i++) {
            var code = codes.newCode();
            assertThat(code).hasSize(QueryCodes.LENGTH).matches("[2-9A-HJKMNP-Z]+");
            seen.add(code);
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    void onlyTheRightCodeForItsTicketMatchesItsKeyedHash() {
        var code = codes.newCode();
        var hash = codes.hash(TICKET, code);
        assertThat(hash).startsWith(QueryCodes.HMAC_PREFIX).doesNotContain(code);
        assertThat(codes.matches(TICKET, code, hash)).isEqualTo(Match.MATCH);
        assertThat(codes.matches(TICKET, " " + code.toLowerCase() + " ", hash)).isEqualTo(Match.MATCH);
        assertThat(codes.matches(TICKET, codes.newCode(), hash)).isEqualTo(Match.NONE);
        assertThat(codes.matches("TS20260301000043", code, hash))
                .as("another ticket")
                .isEqualTo(Match.NONE);
        assertThat(codes.matches(TICKET, code, null)).as("unknown ticket").isEqualTo(Match.NONE);
        assertThat(codes.matches(TICKET, null, hash)).isEqualTo(Match.NONE);
        assertThat(codes.matches(TICKET, "x".repeat(65), hash)).isEqualTo(Match.NONE);
    }

    @Test
    void withoutTheKeyAStoredHashOpensNothing() {
        var code = codes.newCode();
        var other = new QueryCodes("another-key-of-a-stolen-copy-0123456789");
        assertThat(other.matches(TICKET, code, codes.hash(TICKET, code))).isEqualTo(Match.NONE);
        assertThatThrownBy(() -> new QueryCodes("short")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLookupCostsOneHmacNotTwentyThousandPbkdf2Rounds() {
        var code = codes.newCode();
        var hash = codes.hash(TICKET, code);
        // 2,000 PBKDF2 checks of 20,000 rounds take minutes; 2,000 HMACs take milliseconds
        long start = System.nanoTime();
        for (int i = 0; i < 2000; i++) {
            codes.matches(TICKET, "WRONGCODE234", i % 2 == 0 ? hash : null);
        }
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
    }

    @Test
    void aCodeHashedTheOldWayStillMatchesAndAsksToBeRehashed() {
        var code = codes.newCode();
        var old = new Pbkdf2PasswordEncoder(
                        "", 16, 20_000, Pbkdf2PasswordEncoder.SecretKeyFactoryAlgorithm.PBKDF2WithHmacSHA256)
                .encode(code);
        assertThat(codes.matches(TICKET, code.toLowerCase(), old)).isEqualTo(Match.LEGACY_MATCH);
        assertThat(codes.matches(TICKET, codes.newCode(), old)).isEqualTo(Match.NONE);
    }
}
