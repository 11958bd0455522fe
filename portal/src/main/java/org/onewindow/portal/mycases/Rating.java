package org.onewindow.portal.mycases;

import java.util.List;

/**
 * The rating form (好差评, GB/T 39734-2020): five levels from 5 非常满意 to 1 非常不满意, and a
 * comment of at most 500 characters, as the API takes them.
 */
record Rating(Integer level, String comment) {

    static final List<Integer> LEVELS = List.of(5, 4, 3, 2, 1);

    static final int MAX_COMMENT = 500;

    FormErrors check(ProblemWords words, java.util.Locale locale) {
        var errors = new FormErrors();
        if (level == null || level < 1 || level > 5) {
            errors.add("level", words.text("problem.rating.level", locale));
        }
        if (comment != null && comment.strip().length() > MAX_COMMENT) {
            errors.add("comment", words.text("problem.rating.comment", locale));
        }
        return errors;
    }
}
