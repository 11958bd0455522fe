package org.onewindow.contracts;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * What travels on every OneWindow topic. The payload stays a JSON tree here so that a consumer
 * reads it with its own copy of the payload record (tolerant reader) and an envelope can be
 * relayed or dead-lettered without knowing its type.
 *
 * @param eventId unique per event; consumers ignore an id they have already applied
 * @param type past-tense event name, e.g. {@code ItemPublished}
 * @param version payload shape version; an incompatible change is a new version
 * @param occurredAt when the state change happened, with offset
 * @param key the partition key (item code, case number): events of one key stay in order
 * @param payload the event's data
 */
public record EventEnvelope(
        UUID eventId, String type, int version, OffsetDateTime occurredAt, String key, JsonNode payload) {

    public EventEnvelope {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(payload, "payload");
        if (version < 1) {
            throw new IllegalArgumentException("version must be at least 1");
        }
    }

    /** Builds an envelope for a payload record of a known event type. */
    public static EventEnvelope of(EventType<?> type, String key, Object payload, OffsetDateTime occurredAt) {
        return new EventEnvelope(
                UUID.randomUUID(), type.name(), type.version(), occurredAt, key, EventJson.toTree(payload));
    }

    /** Reads the payload as the given event type's record. */
    public <P> P payloadAs(EventType<P> type) {
        if (!type.name().equals(this.type) || type.version() != version) {
            throw new IllegalArgumentException("envelope holds " + this.type + " v" + version + ", not " + type);
        }
        return EventJson.fromTree(payload, type.payloadType());
    }
}
