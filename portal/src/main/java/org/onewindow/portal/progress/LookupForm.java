package org.onewindow.portal.progress;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Locale;

/**
 * The case number and query code as printed on the counter receipt. People copy them by hand:
 * spaces and lower case do not matter. An empty field is told once, as empty (not as malformed too).
 */
record LookupForm(
        @NotBlank @Pattern(regexp = "(\\s*[0-9A-Za-z ]{20,60}\\s*)?")
        String caseNo,

        @NotBlank @Pattern(regexp = "(\\s*[0-9A-Za-z]{4,32}\\s*)?")
        String code) {

    /** The case number as the API knows it: no spaces, upper case. */
    String caseNumber() {
        return normalised(caseNo);
    }

    String queryCode() {
        return code == null ? null : code.strip();
    }

    static String normalised(String caseNo) {
        return caseNo == null ? null : caseNo.replace(" ", "").toUpperCase(Locale.ROOT);
    }
}
