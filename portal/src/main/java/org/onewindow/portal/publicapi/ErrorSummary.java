package org.onewindow.portal.publicapi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * The error summary at the top of a form (GOV.UK pattern): every problem once, each linking to
 * its field, in the order of the form. The same messages stand beside the fields.
 *
 * @param entries anchor ({@code #subject}) or null for a problem with the whole form, and the message
 */
public record ErrorSummary(List<Entry> entries) {

    public record Entry(String anchor, String message) {}

    public ErrorSummary {
        entries = List.copyOf(entries);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /**
     * @param order the form's fields top to bottom; each field's id in the page is its name (the
     *     first radio of a group carries the group's name as its id)
     */
    public static ErrorSummary of(BindingResult errors, List<String> order, MessageSource messages) {
        var locale = PageLocale.current();
        var entries = new ArrayList<Entry>();
        errors.getGlobalErrors().forEach(error -> entries.add(new Entry(null, messages.getMessage(error, locale))));
        var fieldErrors = new ArrayList<>(errors.getFieldErrors());
        fieldErrors.sort(Comparator.comparingInt(error -> position(order, error)));
        var seen = new HashSet<String>();
        for (FieldError error : fieldErrors) {
            if (seen.add(error.getField())) {
                entries.add(new Entry("#" + error.getField(), messages.getMessage(error, locale)));
            }
        }
        return new ErrorSummary(entries);
    }

    public static ErrorSummary none() {
        return new ErrorSummary(List.of());
    }

    private static int position(List<String> order, FieldError error) {
        int at = order.indexOf(error.getField());
        return at < 0 ? Integer.MAX_VALUE : at;
    }
}
