package org.onewindow.platform.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What text OneWindow accepts: well-formed Unicode without NUL. PostgreSQL refuses NUL in text
 * (the request then failed as a "conflict" deep down), and a lone surrogate cannot be stored as
 * UTF-8 at all; both are refused at the door instead.
 */
public final class Text {

    /** Not UTF-8, a NUL, or a lone surrogate. */
    public static final class InvalidTextException extends Exception {
        public InvalidTextException(String message) {
            super(message);
        }
    }

    private Text() {}

    /** What is wrong with a piece of text, if anything. */
    public static Optional<String> problemIn(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return Optional.of("contains a NUL character");
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("contains a lone surrogate, which is not valid Unicode");
            }
        }
        return Optional.empty();
    }

    /** Percent-decodes a path or a query part strictly as UTF-8 ({@code +} is a space in a query). */
    public static String decode(String raw, boolean query) throws InvalidTextException {
        var bytes = new ByteArrayOutputStream(raw.length());
        var plain = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '+' && query) {
                plain.append(' ');
            } else if (c != '%') {
                plain.append(c);
            } else {
                if (i + 2 >= raw.length()
                        || Character.digit(raw.charAt(i + 1), 16) < 0
                        || Character.digit(raw.charAt(i + 2), 16) < 0) {
                    throw new InvalidTextException("has a broken percent escape");
                }
                write(bytes, plain);
                bytes.write(Integer.parseInt(raw, i + 1, i + 3, 16));
                i += 2;
            }
        }
        write(bytes, plain);
        var text = utf8(bytes.toByteArray());
        var problem = problemIn(text);
        if (problem.isPresent()) {
            throw new InvalidTextException(problem.get());
        }
        return text;
    }

    /** The parameters of a raw query string, each name and value decoded strictly. */
    public static List<Map.Entry<String, String>> queryParameters(String rawQuery) throws InvalidTextException {
        var parameters = new ArrayList<Map.Entry<String, String>>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (var pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            var name = decode(equals < 0 ? pair : pair.substring(0, equals), true);
            var value = equals < 0 ? "" : decode(pair.substring(equals + 1), true);
            parameters.add(Map.entry(name, value));
        }
        return parameters;
    }

    /**
     * Checks a JSON document's bytes: UTF-8, and no string in it (names included) holding a NUL or
     * a lone surrogate, raw or escaped ({@code \u0000}, {@code \ud800}). Anything else wrong with
     * the JSON is left to the parser.
     */
    public static void checkJson(byte[] json) throws InvalidTextException {
        var text = utf8(json);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                throw new InvalidTextException("contains a NUL character");
            }
            if (c != '\\' || i + 1 >= text.length()) {
                continue;
            }
            if (text.charAt(i + 1) != 'u') {
                i++; // an escaped character, perhaps a backslash: never the start of an escape
                continue;
            }
            int unit = hex4(text, i + 2);
            if (unit == 0) {
                throw new InvalidTextException("contains a NUL character (\\u0000)");
            }
            if (Character.isHighSurrogate((char) unit)
                    && text.startsWith("\\u", i + 6)
                    && hex4(text, i + 8) >= 0
                    && Character.isLowSurrogate((char) hex4(text, i + 8))) {
                i += 11;
            } else if (unit >= 0 && Character.isSurrogate((char) unit)) {
                throw new InvalidTextException("contains a lone surrogate, which is not valid Unicode");
            } else {
                i += 5;
            }
        }
    }

    private static int hex4(String text, int from) {
        if (from + 4 > text.length()) {
            return -1;
        }
        try {
            return Integer.parseInt(text, from, from + 4, 16);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String utf8(byte[] bytes) throws InvalidTextException {
        try {
            // strict: malformed bytes and encoded surrogates are errors, not replacement characters
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidTextException("is not valid UTF-8");
        }
    }

    private static void write(ByteArrayOutputStream bytes, StringBuilder plain) throws InvalidTextException {
        if (plain.isEmpty()) {
            return;
        }
        try {
            var encoded = StandardCharsets.UTF_8
                    .newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(plain));
            bytes.write(encoded.array(), encoded.arrayOffset() + encoded.position(), encoded.remaining());
        } catch (CharacterCodingException e) {
            throw new InvalidTextException("contains a lone surrogate, which is not valid Unicode");
        }
        plain.setLength(0);
    }
}
