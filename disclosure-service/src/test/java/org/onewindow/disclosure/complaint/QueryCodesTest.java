package org.onewindow.disclosure.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

class QueryCodesTest {

    final QueryCodes codes = new QueryCodes();

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
    void onlyTheRightCodeMatchesItsSaltedHash() {
        var code = codes.newCode();
        var hash = codes.hash(code);
        assertThat(hash).doesNotContain(code).isNotEqualTo(codes.hash(code));
        assertThat(codes.matches(code, hash)).isTrue();
        assertThat(codes.matches(" " + code.toLowerCase() + " ", hash)).isTrue();
        assertThat(codes.matches(codes.newCode(), hash)).isFalse();
        assertThat(codes.matches(code, null)).as("unknown ticket").isFalse();
        assertThat(codes.matches(null, hash)).isFalse();
        assertThat(codes.matches("x".repeat(65), hash)).isFalse();
    }
}
