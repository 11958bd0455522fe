package org.onewindow.portal.casework;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The applicant's form as a reviewer reads it: each answer under the field's title from the item's
 * form schema (or, without one, the name {@code named} gives its key), in the schema's order, then
 * any answer the schema no longer names.
 * A choice shows its title rather than its code. Plain Java.
 */
public final class FormData {

    /** One answer: the field's title (or key) and the answer as text. */
    public record Entry(String label, String value) {}

    private FormData() {}

    static List<Entry> of(
            JsonNode schema, JsonNode form, java.util.function.UnaryOperator<String> named, String yes, String no) {
        if (form == null || !form.isObject()) {
            return List.of();
        }
        var properties = schema == null ? null : schema.path("properties");
        var keys = new LinkedHashSet<String>();
        if (properties != null && properties.isObject()) {
            properties.properties().forEach(entry -> keys.add(entry.getKey()));
        }
        form.properties().forEach(entry -> keys.add(entry.getKey()));
        var entries = new ArrayList<Entry>();
        for (var key : keys) {
            var answer = form.get(key);
            if (answer == null || answer.isNull()) {
                continue;
            }
            var field = properties == null ? null : properties.get(key);
            var title = field == null ? "" : field.path("title").asString("");
            entries.add(new Entry(title.isBlank() ? named.apply(key) : title, text(field, answer, yes, no)));
        }
        return entries;
    }

    private static String text(JsonNode field, JsonNode answer, String yes, String no) {
        if (answer.isBoolean()) {
            return answer.asBoolean() ? yes : no;
        }
        if (answer.isArray()) {
            var items = field == null ? null : field.get("items");
            var parts = new ArrayList<String>();
            answer.valueStream().forEach(each -> parts.add(text(items, each, yes, no)));
            return String.join("、", parts);
        }
        if (answer.isValueNode()) {
            return choiceTitle(field, answer).orElse(answer.asString());
        }
        return answer.toString();
    }

    private static java.util.Optional<String> choiceTitle(JsonNode field, JsonNode answer) {
        if (field == null || !field.path("oneOf").isArray()) {
            return java.util.Optional.empty();
        }
        return field.path("oneOf")
                .valueStream()
                .filter(option -> answer.equals(option.get("const")))
                .map(option -> option.path("title").asString(""))
                .filter(title -> !title.isBlank())
                .findFirst();
    }
}
