package org.onewindow.portal.counter;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

/**
 * The citizen identity number of GB 11643-1999 as the clerk types it from the card: six digits of
 * the place, eight of the birth date, three of the sequence, and a check character (ISO 7064 MOD
 * 11-2: weights 2^(17-i) mod 11, X for ten). The API checks the check character as well; the
 * counter checks it while it is typed, and the birth date besides, which the API does not.
 */
final class IdentityNumber {

    static final int LENGTH = 18;

    private static final DateTimeFormatter BIRTH_DATE =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private IdentityNumber() {}

    /** BLANK, SHAPE (not 17 digits and a digit or X), BIRTH_DATE, CHECK (a digit typed wrong), or VALID. */
    enum Verdict {
        BLANK,
        SHAPE,
        BIRTH_DATE,
        CHECK,
        VALID
    }

    /** As the API stores it: full-width digits from a Chinese IME made plain, no spaces, a capital X. */
    static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        return Normalizer.normalize(typed, Normalizer.Form.NFKC)
                .replaceAll("\\s", "")
                .toUpperCase(Locale.ROOT);
    }

    static Verdict check(String typed, LocalDate today) {
        var number = normalise(typed);
        if (number.isEmpty()) {
            return Verdict.BLANK;
        }
        if (!number.matches("[0-9]{17}[0-9X]")) {
            return Verdict.SHAPE;
        }
        var born = birthDate(number);
        if (born == null || born.isBefore(EARLIEST_BIRTH) || born.isAfter(today)) {
            return Verdict.BIRTH_DATE;
        }
        return number.charAt(LENGTH - 1) == checkCharacter(number) ? Verdict.VALID : Verdict.CHECK;
    }

    /** The birth date in characters 7 to 14, or null when they are no date. */
    static LocalDate birthDate(String number) {
        try {
            return LocalDate.parse(number.substring(6, 14), BIRTH_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The 18th character for the first 17 digits. */
    static char checkCharacter(String number) {
        int sum = 0;
        int weight = 1;
        // from the 17th digit back to the first, the weights are 2, 4, 8... mod 11
        for (int i = LENGTH - 2; i >= 0; i--) {
            weight = weight * 2 % 11;
            sum += (number.charAt(i) - '0') * weight;
        }
        int check = (12 - sum % 11) % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }
}
