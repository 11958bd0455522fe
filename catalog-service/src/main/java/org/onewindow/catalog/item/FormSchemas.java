package org.onewindow.catalog.item;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.onewindow.platform.web.FieldProblem;
import tools.jackson.databind.JsonNode;

/**
 * What the catalog needs of an item's form schema (JSON Schema, draft 2020-12): an object schema
 * whose top-level properties are the form's fields.
 */
final class FormSchemas {

    static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";

    private FormSchemas() {}

    static Set<String> fieldsOf(JsonNode schema) {
        var fields = new LinkedHashSet<String>();
        var properties = schema.get("properties");
        if (properties != null && properties.isObject()) {
            properties.propertyNames().forEach(fields::add);
        }
        return fields;
    }

    static List<FieldProblem> problemsOf(JsonNode schema) {
        var problems = new ArrayList<FieldProblem>();
        if (!schema.isObject()) {
            problems.add(new FieldProblem("formSchema", "invalid-schema", "the form schema must be a JSON object"));
            return problems;
        }
        var dialect = schema.get("$schema");
        if (dialect != null && !DRAFT_2020_12.equals(dialect.asString())) {
            problems.add(new FieldProblem(
                    "formSchema.$schema", "unsupported-dialect", "form schemas use JSON Schema draft 2020-12"));
        }
        var type = schema.get("type");
        if (type == null || !"object".equals(type.asString())) {
            problems.add(new FieldProblem("formSchema.type", "invalid-schema", "a form schema describes an object"));
        }
        var properties = schema.get("properties");
        if (properties == null || !properties.isObject() || properties.isEmpty()) {
            problems.add(new FieldProblem("formSchema.properties", "invalid-schema", "a form schema lists its fields"));
        }
        problems.addAll(JsonSchemaCheck.problemsOf(schema));
        return problems;
    }
}
