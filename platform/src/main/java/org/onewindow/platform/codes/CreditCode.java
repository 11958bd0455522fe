package org.onewindow.platform.codes;

import java.util.regex.Pattern;

/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters over
 * {@code 0-9A-Z} without I, O, S, V, Z, the last a check character computed mod 31.
 */
public final class CreditCode {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final Pattern SHAPE = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{18}");

    private CreditCode() {}

    public static boolean hasValidShape(String code) {
        return code != null && SHAPE.matcher(code).matches();
    }

    /** Whether the code has the right shape and its 18th character is the right check character. */
    public static boolean isValid(String code) {
        return hasValidShape(code) && code.charAt(17) == checkCharacter(code.substring(0, 17));
    }

    /** The check character for the first 17 characters. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }
}
