package org.onewindow.e2e.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON for the fuzz: one mapper, and bodies with one value replaced by raw bytes. A mapper writes
 * only well-formed JSON of valid Unicode; the bad values the fuzz sends (a lone surrogate escape,
 * bytes that are not UTF-8, a number no type holds) have to go around it.
 */
final class Json {

    static final JsonMapper MAPPER = JsonMapper.builder().build();
    static final JsonNode EMPTY_OBJECT = MAPPER.createObjectNode();

    private static final String PLACEHOLDER = "__fuzz_value_7f3a__";

    private Json() {}

    static JsonNode read(String json) {
        return MAPPER.readTree(json);
    }

    static byte[] bytes(JsonNode node) {
        return MAPPER.writeValueAsString(node).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The base body with the value at {@code path} (property names and array indexes) replaced by
     * {@code raw}, written as is. Missing objects on the way are created, so an optional property
     * the base left out can be given a bad value too.
     */
    static byte[] withRaw(JsonNode base, List<Object> path, byte[] raw) {
        var copy = base.deepCopy();
        if (path.isEmpty() || !copy.isContainer()) {
            return raw;
        }
        var parent = copy;
        for (int i = 0; i < path.size() - 1; i++) {
            parent = child(parent, path.get(i), path.get(i + 1));
        }
        var last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode object && last instanceof String name) {
            object.put(name, PLACEHOLDER);
        } else if (parent instanceof ArrayNode array && last instanceof Integer index) {
            while (array.size() <= index) {
                array.addNull();
            }
            array.set(index, PLACEHOLDER);
        } else {
            return raw;
        }
        var text = MAPPER.writeValueAsString(copy);
        int at = text.indexOf('"' + PLACEHOLDER + '"');
        var out = new ByteArrayOutputStream();
        out.writeBytes(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(raw);
        out.writeBytes(text.substring(at + PLACEHOLDER.length() + 2).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static JsonNode child(JsonNode parent, Object step, Object next) {
        JsonNode child = step instanceof String name ? parent.get(name) : parent.get((Integer) step);
        if (child != null && child.isContainer()) {
            return child;
        }
        JsonNode created = next instanceof Integer ? MAPPER.createArrayNode() : MAPPER.createObjectNode();
        if (parent instanceof ObjectNode object && step instanceof String name) {
            object.set(name, created);
        } else if (parent instanceof ArrayNode array && step instanceof Integer index) {
            while (array.size() <= index) {
                array.addNull();
            }
            array.set(index, created);
        }
        return created;
    }
}
