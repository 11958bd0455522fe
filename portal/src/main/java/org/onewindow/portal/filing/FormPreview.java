package org.onewindow.portal.filing;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The application form citizens will see, drawn from a schema that is still being written (the
 * catalog admin's live preview): the same inputs as filing's form page, empty and without errors.
 * Templates draw them with {@code filing/parts :: fields(fields)}.
 */
@Component
public class FormPreview {

    private final FormViews views;

    FormPreview(FormViews views) {
        this.views = views;
    }

    public List<FieldView> fields(JsonNode schema) {
        return views.of(FormSchema.of(schema), Map.of(), ErrorSummary.none());
    }
}
