package org.onewindow.e2e.fuzz;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The schemas of one OpenAPI document: {@code $ref}s followed into its components, and the few
 * questions the fuzz asks of a schema. Both OpenAPI 3.0 ({@code "type": "string"}) and 3.1
 * ({@code "type": ["string", "null"]}) spellings are read, since springdoc's default moved.
 */
public final class Schemas {

    private static final int MAX_REF_HOPS = 20;

    private final JsonNode document;

    Schemas(JsonNode document) {
        this.document = document;
    }

    /** The schema a {@code $ref} points to (through chains of them), or the schema itself. */
    JsonNode resolve(JsonNode schema) {
        var current = schema;
        for (int hops = 0; current != null && current.has("$ref") && hops < MAX_REF_HOPS; hops++) {
            var ref = current.get("$ref").asString();
            current = ref.startsWith("#") ? document.at(ref.substring(1)) : null;
        }
        return current == null || current.isMissingNode() ? Json.EMPTY_OBJECT : current;
    }

    /** {@code string}, {@code integer}, {@code number}, {@code boolean}, {@code array}, {@code object}, or "". */
    String type(JsonNode schema) {
        var resolved = resolve(schema);
        var type = resolved.get("type");
        if (type != null && type.isString()) {
            return type.asString();
        }
        if (type != null && type.isArray()) {
            for (var each : type.values()) {
                if (!each.asString().equals("null")) {
                    return each.asString();
                }
            }
        }
        if (resolved.has("properties") || resolved.has("allOf")) {
            return "object";
        }
        if (resolved.has("items")) {
            return "array";
        }
        var alternative = firstAlternative(resolved);
        return alternative == null ? "" : type(alternative);
    }

    /** Properties by name, those of {@code allOf} parts merged in. */
    Map<String, JsonNode> properties(JsonNode schema) {
        var resolved = resolve(schema);
        var properties = new LinkedHashMap<String, JsonNode>();
        if (resolved.has("allOf")) {
            for (var part : resolved.get("allOf").values()) {
                properties.putAll(properties(part));
            }
        }
        var alternative = firstAlternative(resolved);
        if (alternative != null) {
            properties.putAll(properties(alternative));
        }
        if (resolved.has("properties")) {
            for (var property : resolved.get("properties").properties()) {
                properties.put(property.getKey(), property.getValue());
            }
        }
        return properties;
    }

    Set<String> required(JsonNode schema) {
        var resolved = resolve(schema);
        var required = new LinkedHashSet<String>();
        if (resolved.has("allOf")) {
            for (var part : resolved.get("allOf").values()) {
                required.addAll(required(part));
            }
        }
        if (resolved.has("required")) {
            resolved.get("required").values().forEach(name -> required.add(name.asString()));
        }
        return required;
    }

    JsonNode items(JsonNode schema) {
        var items = resolve(schema).get("items");
        return items == null ? Json.EMPTY_OBJECT : items;
    }

    /** A keyword of the resolved schema ({@code format}, {@code pattern}...), or "". */
    String text(JsonNode schema, String keyword) {
        var value = resolve(schema).get(keyword);
        return value == null ? "" : value.asString();
    }

    /** A numeric keyword ({@code minimum}, {@code maxLength}...), if the schema has it. */
    Long number(JsonNode schema, String keyword) {
        var value = resolve(schema).get(keyword);
        return value != null && value.isNumber() ? value.asLong() : null;
    }

    JsonNode enumValues(JsonNode schema) {
        var values = resolve(schema).get("enum");
        return values != null && values.isArray() && !values.isEmpty() ? values : null;
    }

    private static JsonNode firstAlternative(JsonNode schema) {
        for (var keyword : new String[] {"oneOf", "anyOf"}) {
            var alternatives = schema.get(keyword);
            if (alternatives != null && alternatives.isArray()) {
                for (var alternative : alternatives.values()) {
                    if (!"null".equals(alternative.path("type").asString(""))) {
                        return alternative;
                    }
                }
            }
        }
        return null;
    }
}
