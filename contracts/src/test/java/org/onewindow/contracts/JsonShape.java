package org.onewindow.contracts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * The shape of a JSON document: every field path with its JSON type. Two shapes are compatible
 * when the newer one keeps every path of the older one with the same type; it may add paths.
 */
record JsonShape(Map<String, String> paths) {

    static JsonShape of(JsonNode node) {
        var paths = new TreeMap<String, String>();
        collect("$", node, paths);
        return new JsonShape(paths);
    }

    static JsonShape parse(String text) {
        var paths = new TreeMap<String, String>();
        text.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .forEach(line -> {
                    var parts = line.split("\\s+", 2);
                    paths.put(parts[0], parts[1]);
                });
        return new JsonShape(paths);
    }

    String format() {
        var out = new StringBuilder();
        paths.forEach((path, type) -> out.append(path).append(' ').append(type).append('\n'));
        return out.toString();
    }

    /** What an older consumer relying on {@code older} would miss in this shape. */
    List<String> breaksOf(JsonShape older) {
        var problems = new ArrayList<String>();
        older.paths.forEach((path, type) -> {
            var now = paths.get(path);
            if (now == null) {
                problems.add(path + " was removed");
            } else if (!now.equals(type) && !"null".equals(type)) {
                problems.add(path + " changed from " + type + " to " + now);
            }
        });
        return problems;
    }

    private static void collect(String path, JsonNode node, Map<String, String> paths) {
        if (node.isObject()) {
            paths.put(path, "object");
            node.properties().forEach(e -> collect(path + "." + e.getKey(), e.getValue(), paths));
        } else if (node.isArray()) {
            paths.put(path, "array");
            if (!node.isEmpty()) {
                collect(path + "[]", node.get(0), paths);
            }
        } else {
            paths.put(
                    path,
                    node.isNumber() ? "number" : node.isBoolean() ? "boolean" : node.isNull() ? "null" : "string");
        }
    }
}
