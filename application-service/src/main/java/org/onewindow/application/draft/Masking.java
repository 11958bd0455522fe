package org.onewindow.application.draft;

/** Identity and phone numbers as responses show them (DOMAIN.md, privacy): first 6 and last 4, first 3 and last 4. */
final class Masking {

    private Masking() {}

    static String idNumber(String value) {
        return keep(value, 6, 4);
    }

    static String phone(String value) {
        return keep(value, 3, 4);
    }

    private static String keep(String value, int head, int tail) {
        if (value == null) {
            return null;
        }
        if (value.length() <= head + tail) {
            return "*".repeat(value.length());
        }
        return value.substring(0, head)
                + "*".repeat(value.length() - head - tail)
                + value.substring(value.length() - tail);
    }
}
