package org.onewindow.portal.filing;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onewindow.portal.filing.FormField.Kind;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A browser sends every field as text; the API wants the schema's types. This turns the text into
 * a number, a boolean or a list where the schema says so, and says which fields could not be
 * turned (letters in a number) instead of sending them. An empty field is left out, so that the
 * API reports a required one as missing. Only the schema's own fields are read.
 */
final class FormConversion {

    static final String NOT_A_NUMBER = "not-a-number";
    static final String NOT_AN_INTEGER = "not-an-integer";
    static final String NOT_AN_OPTION = "not-an-option";
    static final String NOT_A_DATE = "not-a-date";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private FormConversion() {}

    record Result(ObjectNode values, List<Issue> issues) {

        boolean converted() {
            return issues.isEmpty();
        }
    }

    static Result convert(FormSchema schema, MultiValueMap<String, String> submitted) {
        var values = NODES.objectNode();
        var issues = new ArrayList<Issue>();
        for (var field : schema.fields()) {
            var texts = submitted.getOrDefault(field.name(), List.of());
            try {
                var value = convert(field, texts);
                if (value != null) {
                    values.set(field.name(), value);
                }
            } catch (NotConvertible e) {
                issues.add(Issue.field(field.name(), e.getMessage()));
            }
        }
        return new Result(values, List.copyOf(issues));
    }

    /** What the fields show: the saved form's values as text, field by field. */
    static Map<String, List<String>> texts(FormSchema schema, JsonNode form) {
        var texts = new LinkedHashMap<String, List<String>>();
        for (var field : schema.fields()) {
            var value = form == null ? null : form.get(field.name());
            if (value == null || value.isNull()) {
                continue;
            }
            if (value.isArray()) {
                texts.put(
                        field.name(),
                        value.valueStream().map(FormConversion::text).toList());
            } else {
                texts.put(field.name(), List.of(text(value)));
            }
        }
        return texts;
    }

    /** What the fields show after a failed conversion: exactly what the person typed. */
    static Map<String, List<String>> texts(FormSchema schema, MultiValueMap<String, String> submitted) {
        var texts = new LinkedHashMap<String, List<String>>();
        for (var field : schema.fields()) {
            var values = submitted.get(field.name());
            if (values != null) {
                texts.put(field.name(), List.copyOf(values));
            }
        }
        return texts;
    }

    private static String text(JsonNode value) {
        return value.isNumber() ? value.decimalValue().toPlainString() : value.asString();
    }

    private static JsonNode convert(FormField field, List<String> texts) {
        if (field.kind() == Kind.CHECKBOX) {
            // an unticked box sends nothing: that is a "no", not a missing answer
            return NODES.booleanNode(texts.stream().anyMatch(text -> "true".equals(text) || "on".equals(text)));
        }
        if (field.kind() == Kind.CHECKBOXES) {
            var list = NODES.arrayNode();
            for (var text : texts) {
                if (!text.isBlank()) {
                    list.add(option(field, text.strip(), field.type()));
                }
            }
            return list.isEmpty() ? null : list;
        }
        var text = texts.isEmpty() ? "" : texts.get(0).strip();
        if (text.isEmpty()) {
            return null;
        }
        return switch (field.kind()) {
            case SELECT -> option(field, text, field.type());
            case INTEGER -> integer(text);
            case NUMBER -> number(text);
            case DATE -> date(text);
            default -> NODES.stringNode(text);
        };
    }

    private static JsonNode option(FormField field, String text, String type) {
        if (field.options().stream().noneMatch(option -> option.value().equals(text))) {
            throw new NotConvertible(NOT_AN_OPTION);
        }
        return switch (type) {
            case "integer", "number" -> NODES.numberNode(new BigDecimal(text));
            case "boolean" -> NODES.booleanNode(Boolean.parseBoolean(text));
            default -> NODES.stringNode(text);
        };
    }

    private static JsonNode integer(String text) {
        try {
            var number = new BigDecimal(digits(text));
            return NODES.numberNode(number.toBigIntegerExact());
        } catch (NumberFormatException | ArithmeticException e) {
            throw new NotConvertible(NOT_AN_INTEGER);
        }
    }

    private static JsonNode number(String text) {
        try {
            return NODES.numberNode(new BigDecimal(digits(text)));
        } catch (NumberFormatException e) {
            throw new NotConvertible(NOT_A_NUMBER);
        }
    }

    /** "１２０" and "1,200" are what people type for 120 and 1200 (full-width digits from a Chinese IME). */
    private static String digits(String text) {
        var plain = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replace(",", "")
                .replace(" ", "");
        if (!plain.matches("[-+]?[0-9]*\\.?[0-9]+")) {
            throw new NumberFormatException(text);
        }
        return plain;
    }

    private static JsonNode date(String text) {
        try {
            return NODES.stringNode(LocalDate.parse(text).toString());
        } catch (DateTimeParseException e) {
            throw new NotConvertible(NOT_A_DATE);
        }
    }

    /** A field's text that is not of the schema's type; the message is the issue's code. */
    private static final class NotConvertible extends RuntimeException {

        NotConvertible(String code) {
            super(code, null, false, false);
        }
    }
}
