package org.onewindow.portal.mycases;

import java.util.ArrayList;
import java.util.List;

/**
 * What to fix on a page, in plain words: listed in the error summary at the top, each linking to
 * its field, and shown again beside the field.
 */
final class FormErrors {

    /**
     * One problem.
     *
     * @param field the id of the input it concerns (the summary links to it)
     * @param message what is wrong and how to fix it
     */
    record FormError(String field, String message) {}

    private final List<FormError> errors = new ArrayList<>();

    FormErrors add(String field, String message) {
        errors.add(new FormError(field, message));
        return this;
    }

    public boolean any() {
        return !errors.isEmpty();
    }

    public List<FormError> all() {
        return List.copyOf(errors);
    }

    /** The message for one field, or null: a field shows the first of its problems. */
    public String of(String field) {
        return errors.stream()
                .filter(error -> field.equals(error.field()))
                .map(FormError::message)
                .findFirst()
                .orElse(null);
    }
}
