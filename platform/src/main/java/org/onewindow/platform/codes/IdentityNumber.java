package org.onewindow.platform.codes;

import java.util.regex.Pattern;

/**
 * The citizen identity number of GB 11643-1999: 17 digits and a check character
 * {@code 10X98765432}[Σ(digit × weight) mod 11].
 */
public final class IdentityNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    private static final Pattern SHAPE = Pattern.compile("\\d{17}[\\dX]");

    private IdentityNumber() {}

    public static boolean isValid(String number) {
        if (number == null || !SHAPE.matcher(number).matches()) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (number.charAt(i) - '0') * WEIGHTS[i];
        }
        return number.charAt(17) == CHECK.charAt(sum % 11);
    }
}
