package org.onewindow.portal.progress;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * 好差评 of a completed case: five levels (GB/T 39734-2020, 5 非常满意 down to 1 非常不满意) and a
 * comment. The case number and code come back as hidden fields of the result page.
 */
record RatingForm(
        @NotBlank String caseNo,
        @NotBlank String code,
        // text, not a number: a tampered value is a message beside the radios, not a failed binding
        @NotBlank @Pattern(regexp = "[1-5]?") String level,
        @Size(max = 500) String comment) {

    /** Top to bottom as the form offers them. */
    static final List<Integer> LEVELS = List.of(5, 4, 3, 2, 1);

    static RatingForm of(String caseNo, String code) {
        return new RatingForm(caseNo, code, null, null);
    }

    int levelNumber() {
        return Integer.parseInt(level);
    }

    /** Nothing typed is no comment, not an empty one. */
    String commentOrNull() {
        return comment == null || comment.isBlank() ? null : comment.strip();
    }
}
