package org.onewindow.platform.codes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeyedCodeTest {

    final KeyedCode codes = new KeyedCode("a-key-for-this-test", 8);

    @Test
    void theSameSubjectAlwaysHasTheSameCodeOfEasilyReadCharacters() {
        var code = codes.of("11530000MB00000012XK000120007012026120100001");
        assertThat(code)
                .hasSize(8)
                .matches("[2-9A-HJKMNP-Z]{8}")
                .isEqualTo(codes.of("11530000MB00000012XK000120007012026120100001"));
        assertThat(codes.of("11530000MB00000012XK000120007012026120100002")).isNotEqualTo(code);
    }

    @Test
    void anotherKeyGivesAnotherCode() {
        assertThat(new KeyedCode("another-key", 8).of("X")).isNotEqualTo(codes.of("X"));
    }

    @Test
    void aCodeMatchesAsAPersonTypesItAndNothingElseDoes() {
        var code = codes.of("X");
        assertThat(codes.matches("X", "  " + code.toLowerCase() + " ")).isTrue();
        assertThat(codes.matches("Y", code)).isFalse();
        assertThat(codes.matches("X", code.substring(1))).isFalse();
        assertThat(codes.matches("X", null)).isFalse();
    }
}
