package org.onewindow.e2e.fuzz;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Requests and answers as the report shows them: short enough to read, and with every invisible
 * or undecodable character written as an escape, so that what was sent can be typed back.
 */
final class Shown {

    private Shown() {}

    /** Method, target, caller, headers and the start of the body. */
    static String request(FuzzCase fuzzCase) {
        var text = new StringBuilder(fuzzCase.method()).append(' ').append(abbreviate(fuzzCase.target(), 300));
        text.append("  as ");
        text.append(
                fuzzCase.bearer() != null
                        ? "a token of the fuzz's own (" + fuzzCase.who() + "'s claims)"
                        : fuzzCase.who());
        fuzzCase.headers()
                .forEach((name, value) ->
                        text.append("  ").append(name).append(": ").append(abbreviate(value, 60)));
        var body = fuzzCase.body();
        if (body != null) {
            text.append("  Content-Type: ").append(fuzzCase.contentType() == null ? "(none)" : fuzzCase.contentType());
            text.append(fuzzCase.chunked() ? "  chunked " : "  ")
                    .append(body.length)
                    .append(" bytes: ");
            text.append(abbreviate(printable(body), 300));
        }
        return text.toString();
    }

    static String answer(FuzzClient.Outcome outcome) {
        if (!outcome.answered()) {
            return outcome.error();
        }
        return outcome.status() + " " + (outcome.contentType().isEmpty() ? "(no Content-Type)" : outcome.contentType())
                + " " + abbreviate(printable(outcome.body()), 300);
    }

    /** Text with control, bidi and zero-width characters and undecodable bytes shown as escapes. */
    static String printable(byte[] bytes) {
        var decoded = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes)).toString();
        var out = new StringBuilder();
        decoded.codePoints().forEach(c -> {
            boolean invisible = Character.isISOControl(c)
                    || Character.getType(c) == Character.FORMAT
                    || c == 0xFFFD
                    || Character.isSurrogate((char) c) && c <= 0xFFFF;
            if (invisible) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…(" + text.length() + " chars)";
    }
}
