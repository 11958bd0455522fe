package org.onewindow.platform.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.onewindow.contracts.EventEnvelope;
import org.onewindow.contracts.EventJson;
import org.onewindow.platform.web.CorrelationIdFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The idempotent consumer: applies an event's effect and records its id in one transaction, so a
 * redelivered event is recognised and skipped. A record that is not an event throws
 * {@link org.onewindow.contracts.MalformedEventException}, which goes straight to the dead-letter
 * topic; any other failure rolls back both and is retried, then dead-lettered (see
 * {@link DeadLetters}), except an {@link EventNotReadyException}, which is retried until it passes.
 */
public class EventInbox {

    private static final Logger log = LoggerFactory.getLogger(EventInbox.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final MeterRegistry meters;

    public EventInbox(JdbcClient jdbc, TransactionTemplate transactions, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.meters = meters;
    }

    /**
     * Hands the record's event to the handler registered for its type, once: a type the
     * consumer has no handler for is passed over without a transaction.
     *
     * @return whether a handler ran (false: a duplicate, or a type this consumer does not act on)
     */
    public boolean apply(EventHandlers handlers, ConsumerRecord<String, String> record) {
        return apply(handlers.name(), record, handlers.types(), handlers::handle);
    }

    /**
     * Applies {@code effect} to the record's event unless {@code consumer} has applied it before.
     * Types the consumer does not act on are passed over without a transaction, since ignoring an
     * event twice is harmless: on a shared topic most events are someone else's, and each one
     * recorded cost a commit.
     *
     * @return whether the effect ran (false: a duplicate, or a type this consumer does not act on)
     */
    private boolean apply(
            String consumer, ConsumerRecord<String, String> record, Set<String> types, Consumer<EventEnvelope> effect) {
        var correlation = record.headers().lastHeader(MessagingHeaders.CORRELATION_ID);
        if (correlation != null) {
            MDC.put(CorrelationIdFilter.MDC_KEY, new String(correlation.value(), StandardCharsets.UTF_8));
        }
        try {
            var envelope = EventJson.read(record.value());
            if (!types.contains(envelope.type())) {
                count(consumer, envelope.type(), "ignored");
                return false;
            }
            Boolean applied = transactions.execute(status -> {
                int inserted = jdbc.sql("""
                                insert into processed_event (consumer, event_id, event_type, event_key)
                                values (:consumer, :eventId, :type, :key)
                                on conflict do nothing
                                """)
                        .param("consumer", consumer)
                        .param("eventId", envelope.eventId())
                        .param("type", envelope.type())
                        .param("key", envelope.key())
                        .update();
                if (inserted == 0) {
                    return false;
                }
                effect.accept(envelope);
                return true;
            });
            boolean result = Boolean.TRUE.equals(applied);
            count(consumer, envelope.type(), result ? "applied" : "duplicate");
            if (!result) {
                log.info("{} skipped duplicate {} {}", consumer, envelope.type(), envelope.eventId());
            }
            return result;
        } finally {
            MDC.remove(CorrelationIdFilter.MDC_KEY);
        }
    }

    private void count(String consumer, String type, String result) {
        Counter.builder("onewindow.consumer.events")
                .description("events a consumer received, by result (applied, duplicate, ignored)")
                .tag("consumer", consumer)
                .tag("type", type)
                .tag("result", result)
                .register(meters)
                .increment();
    }
}
