package org.onewindow.application.upload;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks an uploaded file's name. A name that tries to leave its folder ({@code ../}, a path, a
 * drive) is refused outright, not quietly repaired: it is a sign of an attack, not of a typo.
 * Invisible format characters are stripped: a right-to-left override shows
 * 申请书[U+202E]fdp.exe to a clerk as 申请书exe.pdf, and zero-width characters make
 * two names look alike.
 */
final class FileNames {

    // bidirectional embeddings, overrides, isolates and marks, zero-width spaces and joiners, the
    // byte order mark: every character of Unicode's "format" category
    private static final Pattern INVISIBLE = Pattern.compile("\\p{Cf}");

    private FileNames() {}

    /** The name, normalised, if it is acceptable. */
    static Optional<String> sanitise(String original) {
        if (original == null || original.isBlank()) {
            return Optional.empty();
        }
        var name =
                Normalizer.normalize(INVISIBLE.matcher(original).replaceAll("").strip(), Normalizer.Form.NFC);
        if (name.isEmpty()
                || name.length() > 150
                || name.contains("/")
                || name.contains("\\")
                || name.contains("..")
                || name.matches(".*[\\p{Cntrl}<>:\"|?*].*")
                || name.startsWith(".")) {
            return Optional.empty();
        }
        return Optional.of(name);
    }
}
