package org.onewindow.application.upload;

import java.text.Normalizer;
import java.util.Optional;

/**
 * Checks an uploaded file's name. A name that tries to leave its folder ({@code ../}, a path, a
 * drive) is refused outright, not quietly repaired: it is a sign of an attack, not of a typo.
 */
final class FileNames {

    private FileNames() {}

    /** The name, normalised, if it is acceptable. */
    static Optional<String> sanitise(String original) {
        if (original == null || original.isBlank()) {
            return Optional.empty();
        }
        var name = Normalizer.normalize(original.strip(), Normalizer.Form.NFC);
        if (name.length() > 150
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
