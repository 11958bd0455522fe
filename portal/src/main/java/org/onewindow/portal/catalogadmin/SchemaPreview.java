package org.onewindow.portal.catalogadmin;

import java.util.ArrayList;
import java.util.List;
import org.onewindow.portal.filing.FieldView;
import org.onewindow.portal.filing.FormPreview;

/**
 * The form citizens will see, drawn from the schema as typed so far, or why it cannot be drawn.
 *
 * @param problem the bundle key of what is wrong (with {@code line} for bad JSON), or null
 * @param empty nothing typed yet: a hint, not a problem
 */
record SchemaPreview(List<FieldView> fields, String problem, String line, boolean empty) {

    SchemaPreview {
        fields = List.copyOf(fields);
    }

    static SchemaPreview of(String schema, FormPreview forms) {
        if (schema == null || schema.isBlank()) {
            return new SchemaPreview(List.of(), null, null, true);
        }
        var problems = new ArrayList<GuideJson.Problem>();
        var json = GuideJson.schema(schema, problems);
        if (json == null) {
            return new SchemaPreview(
                    List.of(), "catalog-admin.preview.notJson", problems.get(0).detail(), false);
        }
        var fields = forms.fields(json);
        if (fields.isEmpty()) {
            return new SchemaPreview(List.of(), "catalog-admin.preview.noFields", null, false);
        }
        return new SchemaPreview(fields, null, null, false);
    }
}
