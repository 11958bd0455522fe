package org.onewindow.portal.filing;

import java.math.BigDecimal;
import java.util.ArrayList;
import org.onewindow.portal.filing.FormField.Bound;
import org.onewindow.portal.filing.FormField.Kind;
import org.onewindow.portal.filing.FormField.Option;
import org.springframework.stereotype.Component;

/**
 * What a form field is called and what it asks for. The schema's own {@code title} names a field
 * first; the catalog's schemas mostly have none, so the bundle names the fields they use
 * ({@code filing.field.<name>}), then the schema's {@code description}, and at last the name.
 */
@Component
class FieldTexts {

    private final Texts texts;

    FieldTexts(Texts texts) {
        this.texts = texts;
    }

    String label(FormField field) {
        if (field.title() != null) {
            return field.title();
        }
        var named = texts.orNull("filing.field." + field.name());
        if (named != null) {
            return named;
        }
        return field.description() != null ? field.description() : field.name();
    }

    /** The hint under the label: what the schema or the bundle says, and the rules the API checks. */
    String hint(FormField field) {
        var parts = new ArrayList<String>();
        if (field.title() != null && field.description() != null) {
            parts.add(field.description());
        }
        var named = texts.orNull("filing.field." + field.name() + ".hint");
        if (named != null) {
            parts.add(named);
        }
        var rules = rules(field);
        if (rules != null) {
            parts.add(texts.get("filing.rules", rules));
        }
        return parts.isEmpty() ? null : String.join(" ", parts);
    }

    String option(FormField field, Option option) {
        if (option.title() != null) {
            return option.title();
        }
        var named = texts.orNull("filing.option." + field.name() + "." + option.value());
        return named != null ? named : option.value();
    }

    /** "2至100个字", "整数，1至52", "大于0", or the field's format in words; null when nothing is asked. */
    String rules(FormField field) {
        var parts = new ArrayList<String>();
        var format = field.pattern() == null ? null : texts.orNull("filing.field." + field.name() + ".format");
        if (format != null) {
            parts.add(format);
        }
        if (field.kind() == Kind.INTEGER) {
            parts.add(texts.get("filing.rule.integer"));
        }
        var length = length(field);
        if (length != null) {
            parts.add(length);
        }
        var range = range(field.minimum(), field.maximum());
        if (range != null) {
            parts.add(range);
        }
        return parts.isEmpty() ? null : String.join(texts.get("filing.rule.separator"), parts);
    }

    private String length(FormField field) {
        // as text: MessageFormat would write 100000 as "100,000"
        var min = field.minLength() == null || field.minLength() <= 1 ? null : String.valueOf(field.minLength());
        var max = field.maxLength() == null ? null : String.valueOf(field.maxLength());
        if (min != null && max != null) {
            return texts.get("filing.rule.length", min, max);
        }
        if (max != null) {
            return texts.get("filing.rule.maxLength", max);
        }
        return min == null ? null : texts.get("filing.rule.minLength", min);
    }

    private String range(Bound min, Bound max) {
        if (min != null && max != null && !min.exclusive() && !max.exclusive()) {
            return texts.get("filing.rule.between", plain(min.value()), plain(max.value()));
        }
        var parts = new ArrayList<String>();
        if (min != null) {
            parts.add(texts.get(min.exclusive() ? "filing.rule.above" : "filing.rule.atLeast", plain(min.value())));
        }
        if (max != null) {
            parts.add(texts.get(max.exclusive() ? "filing.rule.below" : "filing.rule.atMost", plain(max.value())));
        }
        return parts.isEmpty() ? null : String.join(texts.get("filing.rule.separator"), parts);
    }

    /** As written, never "1,000" or "1E+2": a number the person can type back. */
    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
