package org.onewindow.e2e.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The bad values, by where they go and what type was expected: boundaries (empty, zero, -1,
 * numbers no type holds, very long text), text no service may store (NUL, lone surrogates, bytes
 * that are not UTF-8), text that is valid but treacherous (bidirectional overrides, zero-width
 * characters), and values of the wrong type. {@code door} marks a value refused before any
 * handler runs (by the text filters or the JSON parser): the only kind the fuzz sends where a
 * guess costs an allowance (see {@link Callers#isGuessThrottled}).
 */
final class Values {

    /** A JSON value, written as raw bytes into the body. */
    record Bad(String label, byte[] raw, boolean door) {}

    /** A percent-encoded path segment, query value or header value. */
    record BadText(String label, String raw, boolean door) {}

    static final String LONG_TEXT = "长".repeat(5_000) + "a".repeat(5_000);

    private Values() {}

    /** Values for a JSON property that should hold the given type. */
    static List<Bad> json(String type, boolean enumerated) {
        var values = new ArrayList<Bad>();
        switch (type) {
            case "string" -> {
                values.add(value("empty string", "\"\""));
                values.add(value("blank string", "\"   \""));
                values.add(value("10,000 characters", "\"" + LONG_TEXT + "\""));
                values.add(valueAtDoor("NUL character", "\"\\u0000\""));
                values.add(valueAtDoor("NUL inside text", "\"a\\u0000b\""));
                values.add(valueAtDoor("lone surrogate escape", "\"\\ud800\""));
                values.add(new Bad(
                        "bytes that are not UTF-8", concat("\"a", new byte[] {(byte) 0xC3, 0x28}, "\""), true));
                values.add(new Bad(
                        "encoded surrogate (CESU-8)",
                        concat("\"", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, "\""),
                        true));
                values.add(value("right-to-left override", "\"\\u202Efdp.exe\\u202C\""));
                values.add(value("zero-width space", "\"a\\u200Bb\\uFEFF\""));
                values.add(value("astral characters", "\"\\ud83d\\ude00\\ud840\\udc00\""));
                values.add(value("SQL", "\"' OR '1'='1\""));
                values.add(value("number instead of text", "12345"));
                values.add(value("array instead of text", "[\"a\"]"));
                values.add(value("object instead of text", "{\"a\":1}"));
                if (enumerated) {
                    values.add(value("unknown enum value", "\"NOT_A_VALUE\""));
                    values.add(value("lower-case enum value", "\"not_a_value\""));
                }
            }
            case "integer", "number" -> {
                values.add(value("zero", "0"));
                values.add(value("minus one", "-1"));
                values.add(value("2^31", "2147483648"));
                values.add(value("2^63", "9223372036854775808"));
                values.add(value("1e309", "1e309"));
                values.add(value("fraction", "1.5"));
                values.add(value("negative zero", "-0.0"));
                values.add(value("digits as text", "\"12\""));
                values.add(value("text instead of a number", "\"abc\""));
                values.add(value("boolean instead of a number", "true"));
                values.add(value("array instead of a number", "[1]"));
            }
            case "boolean" -> {
                values.add(value("text instead of a boolean", "\"yes\""));
                values.add(value("number instead of a boolean", "1"));
                values.add(value("array instead of a boolean", "[true]"));
            }
            case "array" -> {
                values.add(value("empty array", "[]"));
                values.add(value("array of null", "[null]"));
                values.add(value("5,000 elements", "[" + "1,".repeat(4_999) + "1]"));
                values.add(value("text instead of an array", "\"a\""));
                values.add(value("object instead of an array", "{}"));
            }
            default -> {
                values.add(value("empty object", "{}"));
                values.add(value("text instead of an object", "\"a\""));
                values.add(value("array instead of an object", "[]"));
                values.add(value("number instead of an object", "0"));
            }
        }
        values.add(value("null", "null"));
        return values;
    }

    /** Path segments in place of {@code sample}; none of them is the sample itself. */
    static List<BadText> path(String type, String format, String sample) {
        var values = new ArrayList<BadText>();
        values.add(atDoor("NUL", "%00"));
        values.add(atDoor("NUL inside", encode(sample) + "%00x"));
        values.add(atDoor("bytes that are not UTF-8", "%C3%28"));
        values.add(atDoor("encoded surrogate", "%ED%A0%80"));
        values.add(atDoor("byte FF", "%FF"));
        if (format.equals("uuid") || type.equals("integer") || type.equals("number")) {
            values.add(plain("wrong type", "not-a-" + (format.isEmpty() ? type : format)));
        }
        values.add(plain("zero", "0"));
        values.add(plain("minus one", "-1"));
        values.add(plain("20 digits", "99999999999999999999"));
        values.add(plain("2,000 characters", "A".repeat(2_000)));
        values.add(plain("right-to-left override", "%E2%80%AE" + encode(sample)));
        values.add(plain("zero-width space", encode(sample) + "%E2%80%8B"));
        values.add(plain("Chinese text", encode("办件编号")));
        values.add(plain("space", "%20"));
        values.add(plain("SQL", encode("' OR '1'='1")));
        if (!sample.toLowerCase(java.util.Locale.ROOT).equals(sample)) {
            values.add(plain("lower case", encode(sample.toLowerCase(java.util.Locale.ROOT))));
        }
        values.removeIf(v -> v.raw().equals(encode(sample)));
        return values;
    }

    /** Query values for a parameter of the given type. */
    static List<BadText> query(String type, String format, boolean enumerated) {
        var values = new ArrayList<BadText>();
        values.add(atDoor("NUL", "%00"));
        values.add(atDoor("bytes that are not UTF-8", "%FF%FE"));
        values.add(atDoor("encoded surrogate", "%ED%A0%80"));
        values.add(plain("empty", ""));
        switch (type) {
            case "integer", "number" -> {
                values.add(plain("minus one", "-1"));
                values.add(plain("zero", "0"));
                values.add(plain("2^31", "2147483648"));
                values.add(plain("20 digits", "99999999999999999999"));
                values.add(plain("text", "abc"));
                values.add(plain("fraction", "1.5"));
                values.add(plain("padded", "%201"));
            }
            case "boolean" -> {
                values.add(plain("not a boolean", "maybe"));
                values.add(plain("digit", "2"));
            }
            default -> {
                if (format.equals("date") || format.equals("date-time")) {
                    values.add(plain("month 13", "2024-13-45"));
                    values.add(plain("30 February", "2024-02-30"));
                    values.add(plain("year 0", "0000-01-01"));
                    values.add(plain("year +999999999", "%2B999999999-12-31"));
                    values.add(plain("not a date", "yesterday"));
                }
                if (enumerated) {
                    values.add(plain("unknown enum value", "NOT_A_VALUE"));
                }
                values.add(plain("2,000 characters", "q".repeat(2_000)));
                values.add(plain("right-to-left override", "%E2%80%AEabc"));
                values.add(plain("SQL", encode("' OR '1'='1")));
                values.add(plain("Chinese text", encode("出版物零售")));
            }
        }
        return values;
    }

    /** Header values; the JDK client refuses control characters, so these stay printable ASCII. */
    static List<BadText> header() {
        return List.of(
                plain("empty", ""),
                plain("300 characters", "k".repeat(300)),
                plain("not a key", "not a key; <script>"),
                plain("percent escapes", "%00%FF"));
    }

    /** Percent-encodes UTF-8 text for a path segment or query value: everything but unreserved characters. */
    static String encode(String text) {
        var out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
                out.append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }

    private static Bad value(String label, String json) {
        return new Bad(label, json.getBytes(StandardCharsets.UTF_8), false);
    }

    private static Bad valueAtDoor(String label, String json) {
        return new Bad(label, json.getBytes(StandardCharsets.UTF_8), true);
    }

    private static BadText plain(String label, String raw) {
        return new BadText(label, raw, false);
    }

    private static BadText atDoor(String label, String raw) {
        return new BadText(label, raw, true);
    }

    private static byte[] concat(String head, byte[] middle, String tail) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(middle);
        out.writeBytes(tail.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
