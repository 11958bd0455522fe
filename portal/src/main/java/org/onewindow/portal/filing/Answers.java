package org.onewindow.portal.filing;

import java.util.List;
import java.util.stream.Collectors;
import org.onewindow.portal.filing.FormField.Kind;
import org.springframework.stereotype.Component;

/** The form's answers in words, field by field, for checking before submission. */
@Component
class Answers {

    private final FieldTexts texts;
    private final Texts words;

    Answers(FieldTexts texts, Texts words) {
        this.texts = texts;
        this.words = words;
    }

    List<Answer> of(Draft draft, ErrorSummary summary) {
        var values = FormConversion.texts(draft.schema(), draft.application().form());
        return draft.schema().fields().stream()
                .map(field -> {
                    var anchor = Anchors.field(field.name());
                    return new Answer(
                            anchor,
                            texts.label(field),
                            shown(field, values.getOrDefault(field.name(), List.of())),
                            draft.path("form") + "#" + anchor,
                            summary.messageFor(anchor));
                })
                .toList();
    }

    private String shown(FormField field, List<String> values) {
        if (field.kind() == Kind.CHECKBOX) {
            return words.get(values.contains("true") ? "filing.answer.yes" : "filing.answer.no");
        }
        if (values.isEmpty()) {
            return null;
        }
        if (field.options().isEmpty()) {
            return String.join(words.get("filing.list.separator"), values);
        }
        return field.options().stream()
                .filter(option -> values.contains(option.value()))
                .map(option -> texts.option(field, option))
                .collect(Collectors.joining(words.get("filing.list.separator")));
    }
}
