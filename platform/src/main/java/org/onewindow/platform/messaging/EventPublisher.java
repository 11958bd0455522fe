package org.onewindow.platform.messaging;

import io.micrometer.tracing.Tracer;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.onewindow.contracts.EventEnvelope;
import org.onewindow.contracts.EventJson;
import org.onewindow.contracts.EventType;
import org.onewindow.platform.web.CorrelationIdFilter;
import org.slf4j.MDC;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes an event by writing it to the outbox in the caller's transaction: the event leaves
 * if and only if the state change commits. {@link OutboxRelay} sends it to Kafka afterwards.
 */
public class EventPublisher {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ObjectProvider<Tracer> tracer;
    private final Runnable afterCommit;

    /** {@code afterCommit} runs once the transaction that wrote events has committed (it wakes the relay). */
    public EventPublisher(JdbcClient jdbc, Clock clock, ObjectProvider<Tracer> tracer, Runnable afterCommit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.tracer = tracer;
        this.afterCommit = afterCommit;
    }

    /** Writes the event to the outbox; there must be a transaction, so a change can never go without it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public <P> EventEnvelope publish(EventType<P> type, String key, P payload) {
        var envelope = EventEnvelope.of(type, key, payload, OffsetDateTime.now(clock));
        publish(type.topic(), envelope);
        return envelope;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void publish(String topic, EventEnvelope envelope) {
        jdbc.sql("""
                        insert into outbox_event (event_id, topic, event_key, event_type, envelope, traceparent, correlation_id)
                        values (:eventId, :topic, :key, :type, :envelope, :traceparent, :correlationId)
                        """)
                .param("eventId", envelope.eventId())
                .param("topic", topic)
                .param("key", envelope.key())
                .param("type", envelope.type())
                .param("envelope", EventJson.write(envelope))
                .param("traceparent", currentTraceparent())
                .param("correlationId", MDC.get(CorrelationIdFilter.MDC_KEY))
                .update();
        // the publishing transaction is mandatory: the relay wakes when it commits
        AfterCommit.run(afterCommit);
    }

    private String currentTraceparent() {
        var current = tracer.getIfAvailable();
        if (current == null || current.currentSpan() == null) {
            return null;
        }
        var context = current.currentSpan().context();
        var sampled = Boolean.TRUE.equals(context.sampled()) ? "01" : "00";
        return "00-" + context.traceId() + "-" + context.spanId() + "-" + sampled;
    }
}
