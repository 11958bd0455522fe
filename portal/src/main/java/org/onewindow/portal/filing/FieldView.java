package org.onewindow.portal.filing;

import java.util.List;

/**
 * One input as the template draws it: every attribute decided here, so that the template only
 * prints (and a controller test sees what the page will say).
 *
 * @param kind text, textarea, date, integer, number, select, checkbox or checkboxes
 * @param value the text shown in it (a saved value, or what was typed before an error)
 * @param choices a select's options or a list's boxes
 */
public record FieldView(
        String name,
        String id,
        String kind,
        String label,
        String hint,
        boolean required,
        String value,
        boolean checked,
        List<Choice> choices,
        String min,
        String max,
        String step,
        String inputMode,
        Integer minLength,
        Integer maxLength,
        String pattern,
        String error) {

    public FieldView {
        choices = List.copyOf(choices);
    }

    /** One option of a select, or one box of a list; the first box has the field's own id. */
    public record Choice(String value, String label, String id, boolean selected) {}

    /** A number is typed in a number input (with min, max and step); a date in a date picker. */
    public String inputType() {
        return switch (kind) {
            case "date" -> "date";
            case "integer", "number" -> "number";
            default -> "text";
        };
    }

    public String hintId() {
        return hint == null ? null : id + "-hint";
    }

    public String errorId() {
        return error == null ? null : id + "-error";
    }

    /** aria-describedby: the hint and the error, whichever there are. */
    public String describedBy() {
        var ids = new StringBuilder();
        if (hintId() != null) {
            ids.append(hintId());
        }
        if (errorId() != null) {
            ids.append(ids.isEmpty() ? "" : " ").append(errorId());
        }
        return ids.isEmpty() ? null : ids.toString();
    }
}
