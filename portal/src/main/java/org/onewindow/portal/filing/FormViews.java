package org.onewindow.portal.filing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.onewindow.portal.filing.FormField.Bound;
import org.onewindow.portal.filing.FormField.Kind;
import org.springframework.stereotype.Component;

/** The inputs of the application form, generated from the item's schema, with values and errors. */
@Component
class FormViews {

    private final FieldTexts texts;

    FormViews(FieldTexts texts) {
        this.texts = texts;
    }

    List<FieldView> of(FormSchema schema, Map<String, List<String>> values, ErrorSummary summary) {
        return schema.fields().stream()
                .map(field -> view(field, values.getOrDefault(field.name(), List.of()), summary))
                .toList();
    }

    private FieldView view(FormField field, List<String> values, ErrorSummary summary) {
        var id = Anchors.field(field.name());
        var value = values.isEmpty() ? null : values.get(0);
        var integer = field.kind() == Kind.INTEGER;
        return new FieldView(
                field.name(),
                id,
                field.kind().name().toLowerCase(Locale.ROOT),
                texts.label(field),
                texts.hint(field),
                field.required() && field.kind() != Kind.CHECKBOX,
                value,
                field.kind() == Kind.CHECKBOX && "true".equals(value),
                choices(field, id, values),
                field.numeric() ? limit(field.minimum(), integer, 1) : null,
                field.numeric() ? limit(field.maximum(), integer, -1) : null,
                field.numeric() ? (integer ? "1" : "any") : null,
                field.numeric() ? (integer ? "numeric" : "decimal") : null,
                field.minLength(),
                field.maxLength(),
                field.pattern(),
                summary.messageFor(id));
    }

    private List<FieldView.Choice> choices(FormField field, String id, List<String> values) {
        var choices = new ArrayList<FieldView.Choice>();
        for (var option : field.options()) {
            // the first box carries the field's id, so that the error summary's link lands on it
            var choiceId = choices.isEmpty() ? id : id + "-" + (choices.size() + 1);
            choices.add(new FieldView.Choice(
                    option.value(), texts.option(field, option), choiceId, values.contains(option.value())));
        }
        return choices;
    }

    /**
     * The min or max attribute. An exclusive bound of an integer is the next whole number; of a
     * decimal it has no attribute (the hint says "大于0" and the API checks it).
     */
    private static String limit(Bound bound, boolean integer, int inward) {
        if (bound == null) {
            return null;
        }
        if (!bound.exclusive()) {
            return FieldTexts.plain(bound.value());
        }
        return integer ? FieldTexts.plain(bound.value().add(BigDecimal.valueOf(inward))) : null;
    }
}
