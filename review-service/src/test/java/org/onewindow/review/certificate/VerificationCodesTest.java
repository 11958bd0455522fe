package org.onewindow.review.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VerificationCodesTest {

    static final String NUMBER = CertificateNumbers.of("XK00031000", "11530000MB00000012", 7, 1);

    @Test
    void theCodeIsKeyedSoAnotherKeyOrNumberGivesAnother() {
        var codes = new VerificationCodes("bureau-key");
        var code = codes.of(NUMBER);

        assertThat(code).hasSize(VerificationCodes.LENGTH).matches("[2-9A-HJKMNP-Z]+");
        assertThat(new VerificationCodes("bureau-key").of(NUMBER)).isEqualTo(code);
        assertThat(new VerificationCodes("another-key").of(NUMBER)).isNotEqualTo(code);
        assertThat(codes.of(CertificateNumbers.of("XK00031000", "11530000MB00000012", 8, 1)))
                .isNotEqualTo(code);
    }

    @Test
    void aCodeMatchesAsAPersonTypesItAndNothingElseDoes() {
        var codes = new VerificationCodes("bureau-key");
        var code = codes.of(NUMBER);

        assertThat(codes.matches(NUMBER, " " + code.toLowerCase() + " ")).isTrue();
        assertThat(codes.matches(NUMBER, code.substring(1))).isFalse();
        assertThat(codes.matches(NUMBER, "")).isFalse();
        assertThat(codes.matches(NUMBER, null)).isFalse();
    }
}
