package org.onewindow.platform.messaging;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.onewindow.contracts.EventEnvelope;
import org.onewindow.contracts.EventType;
import org.onewindow.contracts.MalformedEventException;

/**
 * What one consumer does with each event type it acts on, registered by {@link EventType} so
 * that a producer's rename breaks the consumer's build instead of silencing it. The consumer's
 * one name is both its Kafka group id and its inbox name: {@code @KafkaListener(groupId = NAME)}
 * and {@code EventHandlers.named(NAME)}; except where one listener feeds several read models
 * ({@link EventInbox#applyEach}), whose group is named after the listener and each model keeps
 * its own inbox name.
 */
public final class EventHandlers {

    private final String name;
    private final Map<String, Consumer<EventEnvelope>> byType = new LinkedHashMap<>();
    private final Set<String> names = new java.util.HashSet<>();

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
        if (byType.putIfAbsent(
                        key(type.name(), type.version()),
                        envelope -> handler.accept(envelope, envelope.payloadAs(type)))
                != null) {
            throw new IllegalStateException(name + " handles " + type + " twice");
        }
        names.add(type.name());
        return this;
    }

    public String name() {
        return name;
    }

    /** The type names this consumer acts on, of any version. */
    Set<String> types() {
        return names;
    }

    /**
     * A version of a type this consumer acts on but has no handler for cannot be applied: it goes
     * to the dead letters at once, where an operator sees it, rather than being passed over.
     */
    void handle(EventEnvelope envelope) {
        var handler = byType.get(key(envelope.type(), envelope.version()));
        if (handler == null) {
            throw new MalformedEventException(
                    name + " knows " + envelope.type() + " but not its version " + envelope.version(), null);
        }
        handler.accept(envelope);
    }

    private static String key(String type, int version) {
        return type + "/v" + version;
    }
}
