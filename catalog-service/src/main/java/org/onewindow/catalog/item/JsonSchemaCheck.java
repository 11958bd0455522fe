package org.onewindow.catalog.item;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.ArrayList;
import java.util.List;
import org.onewindow.platform.web.FieldProblem;
import org.onewindow.platform.web.JsonPaths;
import tools.jackson.databind.JsonNode;

/** Checks a form schema against the JSON Schema 2020-12 meta-schema (bundled, no network). */
final class JsonSchemaCheck {

    private static final SchemaRegistry REGISTRY =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Schema META_SCHEMA = REGISTRY.getSchema(SchemaLocation.of(FormSchemas.DRAFT_2020_12));

    private JsonSchemaCheck() {}

    static List<FieldProblem> problemsOf(JsonNode schema) {
        var problems = new ArrayList<FieldProblem>();
        for (var error : META_SCHEMA.validate(schema)) {
            var location = JsonPaths.of(error.getInstanceLocation().toString());
            problems.add(new FieldProblem(
                    location.isEmpty() ? "formSchema" : "formSchema." + location,
                    "invalid-schema",
                    error.getMessage()));
        }
        if (problems.isEmpty()) {
            try {
                REGISTRY.getSchema(schema);
            } catch (SchemaException e) {
                problems.add(new FieldProblem("formSchema", "invalid-schema", e.getMessage()));
            }
        }
        return problems;
    }

    /** A compiled schema, to check form data against. */
    static Schema compile(JsonNode schema) {
        return REGISTRY.getSchema(schema);
    }
}
