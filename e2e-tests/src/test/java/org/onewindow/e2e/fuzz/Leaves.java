package org.onewindow.e2e.fuzz;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The fields of a request body, walked from its schema (nested objects and the first element of
 * arrays, a few levels down): each is somewhere a bad value can be put, one at a time.
 */
final class Leaves {

    private static final int MAX_DEPTH = 3;

    /**
     * @param path property names and array indexes from the root
     * @param type the schema's type at that place
     */
    record Leaf(String name, List<Object> path, String type, boolean enumerated) {}

    private Leaves() {}

    /** The body's fields by its schema; for an open schema (a form checked against the item's own schema), by the example body. */
    static List<Leaf> of(Operation operation, JsonNode example) {
        var leaves = new ArrayList<Leaf>();
        walk(operation.schemas(), operation.body().schema(), new ArrayList<>(), "", leaves, 0);
        if (leaves.isEmpty()) {
            walkExample(example, new ArrayList<>(), "", leaves, 0);
        }
        return leaves;
    }

    private static void walkExample(JsonNode node, List<Object> path, String name, List<Leaf> leaves, int depth) {
        if (!path.isEmpty()) {
            leaves.add(new Leaf(name, List.copyOf(path), typeOf(node), false));
        }
        if (depth >= MAX_DEPTH) {
            return;
        }
        if (node.isObject()) {
            for (var property : node.properties()) {
                path.add(property.getKey());
                walkExample(property.getValue(), path, join(name, property.getKey()), leaves, depth + 1);
                path.remove(path.size() - 1);
            }
        } else if (node.isArray() && !node.isEmpty()) {
            path.add(0);
            walkExample(node.get(0), path, name + "[0]", leaves, depth + 1);
            path.remove(path.size() - 1);
        }
    }

    private static String typeOf(JsonNode node) {
        if (node.isString()) {
            return "string";
        }
        if (node.isIntegralNumber()) {
            return "integer";
        }
        if (node.isNumber()) {
            return "number";
        }
        if (node.isBoolean()) {
            return "boolean";
        }
        return node.isArray() ? "array" : "object";
    }

    private static void walk(
            Schemas schemas, JsonNode schema, List<Object> path, String name, List<Leaf> leaves, int depth) {
        var type = schemas.type(schema);
        if (!path.isEmpty()) {
            leaves.add(new Leaf(name, List.copyOf(path), type, schemas.enumValues(schema) != null));
        }
        if (depth >= MAX_DEPTH) {
            return;
        }
        if (type.equals("object")) {
            for (var property : schemas.properties(schema).entrySet()) {
                path.add(property.getKey());
                walk(schemas, property.getValue(), path, join(name, property.getKey()), leaves, depth + 1);
                path.remove(path.size() - 1);
            }
        } else if (type.equals("array")) {
            path.add(0);
            walk(schemas, schemas.items(schema), path, name + "[0]", leaves, depth + 1);
            path.remove(path.size() - 1);
        }
    }

    private static String join(String parent, String child) {
        return parent.isEmpty() ? child : parent + "." + child;
    }
}
