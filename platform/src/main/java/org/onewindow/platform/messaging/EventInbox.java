package org.onewindow.platform.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.onewindow.contracts.EventEnvelope;
import org.onewindow.contracts.EventJson;
import org.onewindow.platform.web.CorrelationIdFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The idempotent consumer: applies an event's effect and records its id in one transaction, so a
 * redelivered event is recognised and skipped. A record that is not an event throws
 * {@link org.onewindow.contracts.MalformedEventException}, which goes straight to the dead-letter
 * topic; any other failure rolls back both and is retried, then dead-lettered (see
 * {@link DeadLetters}), except an {@link EventNotReadyException}, which is retried until it passes.
 * A batch listener applies a poll (at most {@link #MAX_POLL_RECORDS} records) in one transaction
 * ({@link #applyAll}), and a record at a time after a failure.
 */
public class EventInbox {

    private static final Logger log = LoggerFactory.getLogger(EventInbox.class);

    /**
     * A batch listener's consumer property: the most records it takes in one poll, and so in one
     * transaction, {@code onewindow.consumer.max-batch} (100): enough to spare most commits under
     * load, few enough that a rollback and the row locks held till the commit stay short (Kafka's
     * default is 500). A record becomes visible only when its poll commits; a deployment that wants
     * each record's latency over the commits saved sets {@code ONEWINDOW_CONSUMER_MAX_BATCH=1}.
     */
    public static final String MAX_POLL_RECORDS = "max.poll.records=${onewindow.consumer.max-batch:100}";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final MeterRegistry meters;
    private final RecordScope scope;

    public EventInbox(JdbcClient jdbc, TransactionTemplate transactions, MeterRegistry meters, RecordScope scope) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.meters = meters;
        this.scope = scope;
    }

    /**
     * Hands the record's event to the handler registered for its type, once: a type the
     * consumer has no handler for is passed over without a transaction.
     *
     * @return whether a handler ran (false: a duplicate, or a type this consumer does not act on)
     */
    public boolean apply(EventHandlers handlers, ConsumerRecord<String, String> record) {
        return !applyEach(List.of(handlers), record).isEmpty();
    }

    /**
     * Hands the record's event to each consumer that acts on its type, each once (its own
     * processed_event row), all in one transaction: several read models fed by one listener pay
     * for one fetch, one parse and one commit instead of one each. Each model can still be rebuilt
     * alone: delete its rows and its processed events, and replay the topic; the others pass over
     * what they have. A failure in one rolls back all, and the record is retried as a whole.
     * Types that no consumer acts on are passed over without a transaction, since ignoring an
     * event twice is harmless: on a shared topic most events are someone else's, and each one
     * recorded cost a commit.
     *
     * @return the names of the consumers whose handler ran (not: duplicates, and types they do
     *     not act on)
     */
    public List<String> applyEach(List<EventHandlers> consumers, ConsumerRecord<String, String> record) {
        var correlation = record.headers().lastHeader(MessagingHeaders.CORRELATION_ID);
        if (correlation != null) {
            MDC.put(CorrelationIdFilter.MDC_KEY, new String(correlation.value(), StandardCharsets.UTF_8));
        }
        try {
            var envelope = EventJson.read(record.value());
            var acting = new ArrayList<EventHandlers>();
            for (var consumer : consumers) {
                if (consumer.types().contains(envelope.type())) {
                    acting.add(consumer);
                } else {
                    AfterCommit.run(() -> count(consumer.name(), envelope.type(), "ignored"));
                }
            }
            if (acting.isEmpty()) {
                return List.of();
            }
            if (acting.stream().map(EventHandlers::name).distinct().count() < acting.size()) {
                // one processed_event row per name: two consumers of one name would both run, or neither
                throw new IllegalArgumentException("two consumers named alike in " + acting);
            }
            return Objects.requireNonNull(transactions.execute(status -> {
                var firstTime = firstTime(acting, envelope);
                var ran = new ArrayList<String>();
                for (var consumer : acting) {
                    if (firstTime.contains(consumer.name())) {
                        consumer.handle(envelope);
                        ran.add(consumer.name());
                    }
                }
                // counted once the transaction commits: within a batch, that is the batch's
                AfterCommit.run(() -> {
                    for (var consumer : acting) {
                        boolean applied = ran.contains(consumer.name());
                        count(consumer.name(), envelope.type(), applied ? "applied" : "duplicate");
                        if (!applied) {
                            log.info(
                                    "{} skipped duplicate {} {}", consumer.name(), envelope.type(), envelope.eventId());
                        }
                    }
                });
                return ran;
            }));
        } finally {
            MDC.remove(CorrelationIdFilter.MDC_KEY);
        }
    }

    /**
     * A polled batch in one transaction, one commit instead of one a record (issue 16): each record
     * as {@link #applyEach} applies it, in poll order, inside its own trace. When anything in the
     * batch fails, the batch is rolled back and applied again one record at a time; the first
     * record that fails then is thrown as a {@link BatchListenerFailedException} with its index, so
     * the error handler commits the records before it and retries, or dead-letters, that one alone.
     */
    public void applyAll(List<EventHandlers> consumers, List<ConsumerRecord<String, String>> records) {
        try {
            transactions.executeWithoutResult(status -> {
                for (var record : records) {
                    scope.around(record, () -> applyEach(consumers, record));
                }
            });
        } catch (RuntimeException batchFailed) {
            log.info(
                    "a batch of {} rolled back ({}); applying it a record at a time",
                    records.size(),
                    batchFailed.toString());
            for (int i = 0; i < records.size(); i++) {
                var record = records.get(i);
                try {
                    scope.around(record, () -> applyEach(consumers, record));
                } catch (RuntimeException e) {
                    throw new BatchListenerFailedException(e.getMessage(), e, i);
                }
            }
        }
    }

    /** The consumers that see the event for the first time: every consumer's row in one statement. */
    private Set<String> firstTime(List<EventHandlers> consumers, EventEnvelope envelope) {
        var names = consumers.stream().map(EventHandlers::name).toList();
        return Set.copyOf(jdbc.sql("""
                        insert into processed_event (consumer, event_id, event_type, event_key)
                        select consumer, :eventId, :type, :key from unnest(cast(array[:consumers] as text[])) as consumer
                        on conflict do nothing
                        returning consumer
                        """)
                // a list: one bind parameter per name, so no name needs escaping
                .param("consumers", names)
                .param("eventId", envelope.eventId())
                .param("type", envelope.type())
                .param("key", envelope.key())
                .query(String.class)
                .list());
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
