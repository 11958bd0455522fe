package org.onewindow.deploy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a manifest into its fabric8 or Strimzi model and lists every field the model does not know.
 * Both model families keep an unknown field in an {@code additionalProperties} map instead of
 * refusing it (so that a client never loses data), which is why failing on unknown properties is
 * not enough: after reading, every such map in the object graph must be empty.
 */
final class StrictModels {

    private static final ObjectMapper MAPPER =
            new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private StrictModels() {}

    /** The fields of {@code document} that {@code model} has no place for, as paths; empty when none. */
    static List<String> unknownFields(JsonNode document, Class<?> model) {
        Object parsed;
        try {
            parsed = MAPPER.treeToValue(document, model);
        } catch (Exception e) {
            return List.of("does not parse: " + e.getMessage());
        }
        var unknown = new ArrayList<String>();
        walk(parsed, "", unknown, new IdentityHashMap<>());
        return unknown;
    }

    private static void walk(Object value, String path, List<String> unknown, Map<Object, Boolean> seen) {
        if (value == null || seen.put(value, Boolean.TRUE) != null) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (var item : items) {
                walk(item, path + "[" + i++ + "]", unknown, seen);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(v, path + "." + k, unknown, seen));
            return;
        }
        var type = value.getClass();
        if (!isModel(type) || value instanceof Enum<?>) {
            return;
        }
        for (var c = type; c != null && isModel(c); c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                field.setAccessible(true);
                Object fieldValue;
                try {
                    fieldValue = field.get(value);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
                if (field.getName().equals("additionalProperties")) {
                    if (fieldValue instanceof Map<?, ?> extra && !extra.isEmpty()) {
                        extra.keySet().forEach(k -> unknown.add(path + "." + k));
                    }
                } else {
                    walk(fieldValue, path + "." + field.getName(), unknown, seen);
                }
            }
        }
    }

    private static boolean isModel(Class<?> type) {
        var name = type.getName();
        // Strimzi's resources keep their spec in fabric8's CustomResource (io.fabric8.kubernetes.client)
        return name.startsWith("io.fabric8.kubernetes") || name.startsWith("io.strimzi.api");
    }
}
