package org.onewindow.portal.counter;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The unified social credit code of GB 32100-2015 (统一社会信用代码) as the clerk types it from a
 * licence: 18 characters of {@value #CHARACTERS} (no I, O, S, V or Z), the last one a check
 * character over the first 17 with the weights 3^i mod 31.
 */
final class CreditCode {

    static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    static final int LENGTH = 18;

    private CreditCode() {}

    enum Verdict {
        BLANK,
        SHAPE,
        CHECK,
        VALID
    }

    static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        return Normalizer.normalize(typed, Normalizer.Form.NFKC)
                .replaceAll("\\s", "")
                .toUpperCase(Locale.ROOT);
    }

    static Verdict check(String typed) {
        var code = normalise(typed);
        if (code.isEmpty()) {
            return Verdict.BLANK;
        }
        if (code.length() != LENGTH || code.chars().anyMatch(c -> CHARACTERS.indexOf(c) < 0)) {
            return Verdict.SHAPE;
        }
        return code.charAt(LENGTH - 1) == checkCharacter(code) ? Verdict.VALID : Verdict.CHECK;
    }

    /** The 18th character for the first 17. */
    static char checkCharacter(String code) {
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < LENGTH - 1; i++) {
            sum += CHARACTERS.indexOf(code.charAt(i)) * weight;
            weight = weight * 3 % 31;
        }
        return CHARACTERS.charAt((31 - sum % 31) % 31);
    }
}
