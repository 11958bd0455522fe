package org.onewindow.portal.certificate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/**
 * A certificate number (GB/T 36903 style, digits, letters and dots) and, if the person has the
 * paper, the verification code printed on it. Spaces around either do not matter.
 */
record CheckForm(
        @NotBlank @Pattern(regexp = "(\\s*[0-9A-Za-z.]{5,120}\\s*)?")
        String certificateNo,

        @Pattern(regexp = "(\\s*[0-9A-Za-z]{4,32}\\s*)?") String code) {

    static final List<String> FIELDS = List.of("certificateNo", "code");

    String number() {
        return certificateNo.strip();
    }

    boolean hasCode() {
        return code != null && !code.isBlank();
    }

    String verificationCode() {
        return code.strip();
    }
}
