package org.onewindow.portal.filing;

import java.math.BigDecimal;
import java.util.List;

/**
 * One field of an item's application form, as its JSON Schema property describes it: what kind of
 * input it becomes, and the rules the API will check it against (shown as hints and attributes).
 *
 * @param title the schema's own label, if it has one
 * @param description the schema's description: a hint, or the label when there is no title
 * @param type the JSON type the API expects of the value, or of each value of a list ("string",
 *     "integer", "number", "boolean")
 */
record FormField(
        String name,
        Kind kind,
        String type,
        boolean required,
        String title,
        String description,
        List<Option> options,
        Bound minimum,
        Bound maximum,
        Integer minLength,
        Integer maxLength,
        String pattern,
        String format) {

    FormField {
        options = options == null ? List.of() : List.copyOf(options);
    }

    enum Kind {
        TEXT,
        TEXTAREA,
        DATE,
        INTEGER,
        NUMBER,
        SELECT,
        CHECKBOX,
        CHECKBOXES
    }

    /** One allowed value; its title when the schema names it (enumNames, x-enumNames, oneOf titles). */
    record Option(String value, String title) {}

    /** A numeric limit: {@code minimum} or {@code exclusiveMinimum} (and the same for the maximum). */
    record Bound(BigDecimal value, boolean exclusive) {}

    boolean numeric() {
        return kind == Kind.INTEGER || kind == Kind.NUMBER;
    }

    /** A field whose value is one of several choices, told as "choose" rather than "fill in". */
    boolean choice() {
        return kind == Kind.SELECT || kind == Kind.CHECKBOXES || kind == Kind.CHECKBOX;
    }
}
