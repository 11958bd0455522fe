package org.onewindow.portal.filing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.onewindow.portal.filing.FormField.Bound;
import org.onewindow.portal.filing.FormField.Kind;
import org.onewindow.portal.filing.FormField.Option;
import tools.jackson.databind.JsonNode;

/**
 * An item's application form, read from its {@code formSchema} (JSON Schema 2020-12, an object
 * whose top-level properties are the fields, in the order the schema lists them). Only what a web
 * form can ask is read; the API stays the judge of the whole schema.
 */
final class FormSchema {

    private static final int TEXTAREA_FROM = 300;

    private final List<FormField> fields;

    private FormSchema(List<FormField> fields) {
        this.fields = List.copyOf(fields);
    }

    static FormSchema of(JsonNode schema) {
        if (schema == null || !schema.path("properties").isObject()) {
            return new FormSchema(List.of());
        }
        Set<String> required = new HashSet<>();
        schema.path("required").valueStream().map(JsonNode::asString).forEach(required::add);
        var fields = new ArrayList<FormField>();
        for (var entry : schema.path("properties").properties()) {
            fields.add(field(entry.getKey(), entry.getValue(), required.contains(entry.getKey())));
        }
        return new FormSchema(fields);
    }

    /** A form the portal asks itself (the start page's), told in the same terms. */
    static FormSchema ofFields(List<FormField> fields) {
        return new FormSchema(fields);
    }

    List<FormField> fields() {
        return fields;
    }

    Optional<FormField> field(String name) {
        return fields.stream().filter(field -> field.name().equals(name)).findFirst();
    }

    private static FormField field(String name, JsonNode property, boolean required) {
        var type = typeOf(property);
        var list = "array".equals(type);
        var options = list ? options(property.path("items")) : options(property);
        return new FormField(
                name,
                kindOf(type, property, options),
                // a list's values are typed as its items are
                list ? typeOf(property.path("items")) : type,
                required,
                text(property, "title"),
                text(property, "description"),
                options,
                bound(property, "minimum", "exclusiveMinimum"),
                bound(property, "maximum", "exclusiveMaximum"),
                integer(property, "minLength"),
                integer(property, "maxLength"),
                text(property, "pattern"),
                text(property, "format"));
    }

    private static Kind kindOf(String type, JsonNode property, List<Option> options) {
        if ("array".equals(type)) {
            // a list of choices; any other list has no form input, and is asked as text
            return options.isEmpty() ? Kind.TEXT : Kind.CHECKBOXES;
        }
        if (!options.isEmpty()) {
            return Kind.SELECT;
        }
        return switch (type) {
            case "boolean" -> Kind.CHECKBOX;
            case "integer" -> Kind.INTEGER;
            case "number" -> Kind.NUMBER;
            default -> {
                if ("date".equals(text(property, "format"))) {
                    yield Kind.DATE;
                }
                var maxLength = integer(property, "maxLength");
                yield maxLength != null && maxLength >= TEXTAREA_FROM ? Kind.TEXTAREA : Kind.TEXT;
            }
        };
    }

    /** "type": "string" or ["string", "null"]: the first type that is not null. */
    private static String typeOf(JsonNode property) {
        var type = property.path("type");
        if (type.isArray()) {
            return type.valueStream()
                    .map(JsonNode::asString)
                    .filter(name -> !"null".equals(name))
                    .findFirst()
                    .orElse("string");
        }
        return type.isString() ? type.asString() : "string";
    }

    /**
     * The allowed values and their names: {@code enum} with a parallel {@code enumNames} or
     * {@code x-enumNames}, or {@code oneOf}/{@code anyOf} entries of {@code const} and {@code title}.
     */
    private static List<Option> options(JsonNode property) {
        var options = new ArrayList<Option>();
        var values = property.path("enum");
        if (values.isArray()) {
            var names =
                    property.path("enumNames").isArray() ? property.path("enumNames") : property.path("x-enumNames");
            for (int i = 0; i < values.size(); i++) {
                var title = names.path(i);
                options.add(new Option(values.get(i).asString(), title.isString() ? title.asString() : null));
            }
            return options;
        }
        var alternatives = property.path("oneOf").isArray() ? property.path("oneOf") : property.path("anyOf");
        for (var alternative : alternatives) {
            if (alternative.has("const")) {
                options.add(new Option(alternative.get("const").asString(), text(alternative, "title")));
            }
        }
        return options;
    }

    private static Bound bound(JsonNode property, String inclusive, String exclusive) {
        if (property.path(exclusive).isNumber()) {
            return new Bound(property.get(exclusive).decimalValue(), true);
        }
        if (property.path(inclusive).isNumber()) {
            return new Bound(property.get(inclusive).decimalValue(), false);
        }
        return null;
    }

    private static Integer integer(JsonNode property, String name) {
        return property.path(name).isIntegralNumber() ? property.get(name).asInt() : null;
    }

    private static String text(JsonNode property, String name) {
        var value = property.path(name);
        return value.isString() && !value.asString().isBlank() ? value.asString() : null;
    }
}
