package org.onewindow.contracts;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON mapping of events. Readers tolerate unknown fields, so a producer may add fields
 * without breaking consumers; removing or retyping a field is a new event version.
 */
public final class EventJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();

    private EventJson() {}

    public static JsonMapper mapper() {
        return MAPPER;
    }

    public static String write(EventEnvelope envelope) {
        return MAPPER.writeValueAsString(envelope);
    }

    /**
     * Reads an envelope from the wire.
     *
     * @throws MalformedEventException when the text is not an envelope; such a record can never
     *     succeed and goes straight to the dead-letter topic
     */
    public static EventEnvelope read(String json) {
        try {
            return MAPPER.readValue(json, EventEnvelope.class);
        } catch (RuntimeException e) {
            throw new MalformedEventException("not an event envelope: " + e.getMessage(), e);
        }
    }

    static JsonNode toTree(Object payload) {
        return MAPPER.valueToTree(payload);
    }

    static <P> P fromTree(JsonNode payload, Class<P> type) {
        try {
            return MAPPER.treeToValue(payload, type);
        } catch (RuntimeException e) {
            throw new MalformedEventException("payload is not a " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }
}
