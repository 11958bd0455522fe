package org.onewindow.review.sharing;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.onewindow.platform.web.FieldProblem;

/**
 * The purpose a sharing client states in {@code X-Purpose}: a purpose code its grant must list (an
 * ASCII token), then optionally a description. HTTP headers carry Latin-1, so a description in
 * Chinese comes percent-encoded (UTF-8), as a URL would carry it.
 *
 * @param code the purpose code, checked against the grant's {@code sharing_purposes}
 * @param text the whole purpose as stated, decoded: what the log keeps
 */
record Purpose(String code, String text) {

    /** The purpose column of sharing_access. */
    static final int MAX = 200;

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    /** Null when none is stated; null and a problem added when what is stated is no purpose. */
    static Purpose parse(String header, List<FieldProblem> problems) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String decoded;
        try {
            decoded = URLDecoder.decode(header.strip(), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = header.strip();
        }
        decoded = decoded.strip();
        if (decoded.isEmpty()) {
            return null;
        }
        var code = decoded.split("\\s+", 2)[0];
        if (decoded.length() > MAX
                || decoded.codePoints().anyMatch(Character::isISOControl)
                || !CODE.matcher(code).matches()) {
            problems.add(new FieldProblem(
                    "X-Purpose",
                    "invalid",
                    "a granted purpose code (letters, digits, '.', '_', '-'), then optionally a description;"
                            + " at most " + MAX + " characters, one line"));
            return null;
        }
        return new Purpose(code, decoded);
    }

    boolean grantedTo(SharingGrant grant) {
        return grant.purposes().contains(code);
    }

    /** The text a row of the log keeps: the purpose as stated, or the header when it was no purpose. */
    static String logged(Purpose purpose, String header) {
        return purpose == null ? header : purpose.text();
    }
}
