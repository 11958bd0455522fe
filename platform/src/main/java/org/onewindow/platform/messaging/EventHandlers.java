package org.onewindow.platform.messaging;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.onewindow.contracts.EventEnvelope;
import org.onewindow.contracts.EventType;

/**
 * What one consumer does with each event type it acts on, registered by {@link EventType} so
 * that a producer's rename breaks the consumer's build instead of silencing it. The consumer's
 * one name is both its Kafka group id and its inbox name: {@code @KafkaListener(groupId = NAME)}
 * and {@code EventHandlers.named(NAME)}.
 */
public final class EventHandlers {

    private final String name;
    private final Map<String, Consumer<EventEnvelope>> byType = new LinkedHashMap<>();

    private EventHandlers(String name) {
        this.name = name;
    }

    public static EventHandlers named(String name) {
        return new EventHandlers(name);
    }

    /** Handles {@code type} with its payload. */
    public <P> EventHandlers on(EventType<P> type, Consumer<P> handler) {
        return on(type, (envelope, payload) -> handler.accept(payload));
    }

    /** Handles {@code type} with the envelope (for its key, id or time) and the payload. */
    public <P> EventHandlers on(EventType<P> type, BiConsumer<EventEnvelope, P> handler) {
        if (byType.putIfAbsent(type.name(), envelope -> handler.accept(envelope, envelope.payloadAs(type))) != null) {
            throw new IllegalStateException(name + " handles " + type.name() + " twice");
        }
        return this;
    }

    public String name() {
        return name;
    }

    Set<String> types() {
        return byType.keySet();
    }

    void handle(EventEnvelope envelope) {
        var handler = byType.get(envelope.type());
        if (handler != null) {
            handler.accept(envelope);
        }
    }
}
