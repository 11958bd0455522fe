package org.onewindow.e2e.fuzz;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Plausible values, so that each request is wrong in one place only: the fixtures for the ids the
 * platform knows (a draft, a case, the sample item), real-looking values for well-known names,
 * and the smallest thing the schema allows for the rest.
 */
final class Samples {

    /** The applicant's own identity (张三, as the realm's demo user): an online filer files only as herself. */
    static final Map<String, String> BY_NAME = Map.of(
            "idNumber", "530102198805120033",
            "phone", "13700137000",
            "contactPhone", "13700137000",
            "name", "张三",
            "materialId", "application-form",
            "creditCode", "91350100M000100Y43");

    /** A year with no case in it: a calendar the fuzz manages to replace must not move anyone's deadline. */
    static final String YEAR = "2099";

    /** Larger than any row id a fresh stack has, so an operator's action never finds a real row. */
    static final String UNKNOWN_NUMBER = "987654321";

    private static final Pattern LITERAL_ALTERNATIVES = Pattern.compile("\\^?\\(?([A-Z_]+)(\\|[A-Z_]+)*\\)?\\$?");
    private static final int MAX_DEPTH = 6;

    private final Fixtures fixtures;

    Samples(Fixtures fixtures) {
        this.fixtures = fixtures;
    }

    /** Operations on one of the applicant's applications, by id: each gets a draft of its own. */
    static boolean takesOwnDraft(Operation operation) {
        return operation.path().startsWith("/api/applications/{id}");
    }

    /** The value of a path parameter, not yet encoded. */
    String path(Operation operation, Operation.Parameter parameter, UUID draft) {
        var schemas = operation.schemas();
        return switch (parameter.name()) {
            case "id" -> takesOwnDraft(operation) ? draft.toString() : unknown(schemas, parameter.schema());
            case "caseNo" -> fixtures.caseNo();
            case "code", "itemCode" -> fixtures.itemCode();
            case "materialId" -> BY_NAME.get("materialId");
            case "year" -> YEAR;
            case "version" -> "1";
            default -> unknown(schemas, parameter.schema());
        };
    }

    /** The value of a query or header parameter. */
    String parameter(Operation operation, Operation.Parameter parameter) {
        var schemas = operation.schemas();
        var schema = parameter.schema();
        if (parameter.name().equals("Idempotency-Key")) {
            return "fuzz-" + UUID.nameUUIDFromBytes(operation.key().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        var value = value(schemas, schema, parameter.name(), 0);
        return value.isString() ? value.asString() : value.toString();
    }

    /** A body the schema accepts, as far as a schema can say; the fixtures' example where it cannot. */
    JsonNode body(Operation operation) {
        var example = fixtures.examples().get(operation.key());
        return example != null
                ? Json.read(example)
                : value(operation.schemas(), operation.body().schema(), "", 0);
    }

    JsonNode value(Schemas schemas, JsonNode schema, String name, int depth) {
        var known = known(name);
        if (known != null) {
            return Json.MAPPER.getNodeFactory().stringNode(known);
        }
        var enumValues = schemas.enumValues(schema);
        if (enumValues != null) {
            return enumValues.get(0);
        }
        var nodes = Json.MAPPER.getNodeFactory();
        return switch (schemas.type(schema)) {
            case "object" -> object(schemas, schema, depth);
            case "array" -> {
                ArrayNode array = nodes.arrayNode();
                if (depth < MAX_DEPTH) {
                    var minItems = schemas.number(schema, "minItems");
                    for (long i = 0; i < Math.max(1, minItems == null ? 1 : minItems); i++) {
                        array.add(value(schemas, schemas.items(schema), singular(name), depth + 1));
                    }
                }
                yield array;
            }
            case "integer", "number" -> nodes.numberNode(number(schemas, schema));
            case "boolean" -> nodes.booleanNode(true);
            case "string" -> nodes.stringNode(string(schemas, schema));
            default -> nodes.objectNode();
        };
    }

    private String known(String name) {
        return switch (name) {
            case "itemCode" -> fixtures.itemCode();
            case "caseNo" -> fixtures.caseNo();
            default -> BY_NAME.get(name);
        };
    }

    private ObjectNode object(Schemas schemas, JsonNode schema, int depth) {
        ObjectNode object = Json.MAPPER.createObjectNode();
        if (depth >= MAX_DEPTH) {
            return object;
        }
        var required = schemas.required(schema);
        for (var property : schemas.properties(schema).entrySet()) {
            // optional properties stay out (a generic value would break a pattern), unless a plausible one is known
            if (required.contains(property.getKey()) || known(property.getKey()) != null) {
                object.set(property.getKey(), value(schemas, property.getValue(), property.getKey(), depth + 1));
            }
        }
        return object;
    }

    private static long number(Schemas schemas, JsonNode schema) {
        var minimum = schemas.number(schema, "minimum");
        var maximum = schemas.number(schema, "maximum");
        long value = minimum != null ? Math.max(minimum, 1) : 1;
        return maximum != null ? Math.min(value, maximum) : value;
    }

    private static String string(Schemas schemas, JsonNode schema) {
        switch (schemas.text(schema, "format")) {
            case "date":
                return LocalDate.now(ZoneOffset.ofHours(8)).plusDays(1).toString();
            case "date-time":
                return OffsetDateTime.now(ZoneOffset.ofHours(8)).withNano(0).toString();
            case "uuid":
                return UUID.nameUUIDFromBytes(schema.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .toString();
            case "email":
                return "fuzz@example.com";
            case "uri", "url":
                return "https://example.com/fuzz";
            default:
                break;
        }
        var matcher = LITERAL_ALTERNATIVES.matcher(schemas.text(schema, "pattern"));
        if (matcher.matches()) {
            return matcher.group(1);
        }
        var text = "示例文本";
        var minLength = schemas.number(schema, "minLength");
        var maxLength = schemas.number(schema, "maxLength");
        if (minLength != null && minLength > text.length()) {
            text = text.repeat((int) (minLength / text.length()) + 1);
        }
        if (maxLength != null && maxLength < text.length()) {
            text = text.substring(0, (int) Math.max(1, maxLength));
        }
        return text;
    }

    /** A well-formed value of the parameter's type that names nothing that exists. */
    private static String unknown(Schemas schemas, JsonNode schema) {
        if (schemas.text(schema, "format").equals("uuid")) {
            return "00000000-0000-4000-8000-00000000f022";
        }
        return switch (schemas.type(schema)) {
            case "integer", "number" -> UNKNOWN_NUMBER;
            default -> "FUZZ0000000000000000013";
        };
    }

    private static String singular(String name) {
        return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }
}
