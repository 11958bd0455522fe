package org.onewindow.platform.privacy;

/**
 * Personal data as responses and the public show it (DOMAIN.md, privacy): a natural person's
 * name keeps the surname (张**), identity numbers the first 6 and last 4, phones the first 3 and
 * last 4. A legal person's name is public.
 */
public final class Masking {

    // two-character surnames common enough that cutting after one character would mislead
    private static final java.util.Set<String> COMPOUND_SURNAMES =
            java.util.Set.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "长孙", "宇文", "司徒", "夏侯");

    // 18-character identity numbers and mainland mobile numbers, not glued to other digits
    private static final java.util.regex.Pattern IDENTITY_IN_TEXT =
            java.util.regex.Pattern.compile("(?<![0-9A-Za-z])\\d{17}[0-9Xx](?![0-9A-Za-z])");
    private static final java.util.regex.Pattern PHONE_IN_TEXT =
            java.util.regex.Pattern.compile("(?<![0-9A-Za-z])1[3-9]\\d{9}(?![0-9A-Za-z])");

    private Masking() {}

    /**
     * Free text about to be published (an answer, a report) with any identity number or mobile
     * number in it masked: people write them into complaints, and a supervisor may overlook one.
     */
    public static String inText(String text) {
        if (text == null) {
            return null;
        }
        var masked = IDENTITY_IN_TEXT.matcher(text).replaceAll(m -> identityNumber(m.group()));
        return PHONE_IN_TEXT.matcher(masked).replaceAll(m -> phone(m.group()));
    }

    public static String name(String name, boolean naturalPerson) {
        if (name == null || name.isBlank()) {
            return name;
        }
        if (!naturalPerson) {
            return name;
        }
        var trimmed = name.strip();
        int keep = trimmed.length() > 2 && COMPOUND_SURNAMES.contains(trimmed.substring(0, 2)) ? 2 : 1;
        if (trimmed.codePointCount(0, trimmed.length()) <= keep) {
            return trimmed.substring(0, 1) + "*";
        }
        var surname = trimmed.substring(0, trimmed.offsetByCodePoints(0, keep));
        return surname + "*".repeat(trimmed.codePointCount(0, trimmed.length()) - keep);
    }

    public static String identityNumber(String value) {
        return keep(value, 6, 4);
    }

    public static String phone(String value) {
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
