package org.onewindow.platform.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.propagation.Propagator;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends outbox entries to Kafka in the order they were written, and marks them sent only after
 * the broker acknowledged them (at least once). One relay per database works at a time (a
 * transaction-scoped advisory lock), so several instances of a service keep per-key order.
 * While the broker is away the entries wait; the next poll tries again.
 *
 * <p>A transaction that wrote events wakes the relay when it commits ({@link #wakeUp()}), so an
 * event leaves at once rather than at the next poll; the poll stays for what a wake-up cannot
 * cover (another instance's events, a broker that was away, a round that failed). After a round
 * that sent something the relay rests {@code minGap}: a wake-up per commit under load made as
 * many tiny batches, and each cost every consumer group a fetch and an offset commit (measured:
 * Kafka's CPU per submission rose from 1.5 to 4 ms).
 *
 * <p>An entry that can never be sent (larger than the producer or broker accepts, or not
 * serializable) is tried {@code maxAttempts} times, then parked ({@code parked_at}): it is passed
 * over from then on, and so are its key's later entries, which must not overtake it (per-key order
 * is the contract); every other key goes on. An operator unparks it ({@link OutboxParking}).
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    /** An arbitrary constant naming "the outbox relay" among advisory locks. */
    public static final long LOCK_KEY = 0x0E_0E_0E_0E_01L;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final KafkaTemplate<String, String> kafka;
    private final Duration pollInterval;
    private final int batchSize;
    private final Duration minGap;
    private final int maxAttempts;
    private final ObjectProvider<Propagator> propagator;
    private final Counter published;
    private final Counter failures;
    private final Counter parked;
    // at most one wake-up waits: commits that come while a round runs are covered by the next one
    private final Semaphore wakeUps = new Semaphore(0);
    private ExecutorService executor;
    private volatile boolean running;

    public OutboxRelay(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            KafkaTemplate<String, String> kafka,
            Duration pollInterval,
            int batchSize,
            Duration minGap,
            int maxAttempts,
            MeterRegistry meters,
            ObjectProvider<Propagator> propagator) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.kafka = kafka;
        this.pollInterval = pollInterval;
        this.batchSize = batchSize;
        this.minGap = minGap;
        this.maxAttempts = maxAttempts;
        this.propagator = propagator;
        this.published = Counter.builder("onewindow.outbox.published")
                .description("events the broker acknowledged")
                .register(meters);
        this.failures = Counter.builder("onewindow.outbox.send.failures")
                .description("relay rounds that stopped at a failed send; the events stay and are sent later")
                .register(meters);
        this.parked = Counter.builder("onewindow.outbox.parked")
                .description("events parked because they can never be sent; their key's later events wait")
                .register(meters);
        Gauge.builder("onewindow.outbox.pending", this, r -> r.count("published_at is null and parked_at is null"))
                .description("events written but not yet acknowledged by the broker (parked ones aside)")
                .register(meters);
        Gauge.builder(
                        "onewindow.outbox.parked.rows",
                        this,
                        r -> r.count("published_at is null and parked_at is not null"))
                .description("events parked now, waiting for an operator")
                .register(meters);
    }

    /** Sends everything pending now; returns how many were sent. Also what the poller calls. */
    public int relayPending() {
        int total = 0;
        int sent;
        do {
            sent = relayBatch();
            total += sent;
        } while (sent == batchSize && running());
        return total;
    }

    private boolean running() {
        return running || executor == null;
    }

    private int relayBatch() {
        Integer sent = transactions.execute(status -> {
            // a statement of its own, not folded into the batch's select: a statement reads a snapshot
            // taken before it runs, so a batch read in the statement that waited for the lock could see
            // the previous holder's rows as unsent and send them again
            Boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(:key)")
                    .param("key", LOCK_KEY)
                    .query(Boolean.class)
                    .single();
            if (!Boolean.TRUE.equals(locked)) {
                return 0;
            }
            var rows = jdbc.sql("""
                            select id, topic, event_key, envelope, traceparent, correlation_id
                            from outbox_event o
                            where published_at is null and parked_at is null
                              and not exists (
                                  select 1 from outbox_event p
                                  where p.parked_at is not null and p.published_at is null
                                    and p.event_key = o.event_key and p.id < o.id)
                            order by id limit :limit
                            """)
                    .param("limit", batchSize)
                    .query((rs, n) -> new OutboxRow(
                            rs.getLong("id"),
                            rs.getString("topic"),
                            rs.getString("event_key"),
                            rs.getString("envelope"),
                            rs.getString("traceparent"),
                            rs.getString("correlation_id")))
                    .list();
            return rows.isEmpty() ? 0 : send(rows);
        });
        return sent == null ? 0 : sent;
    }

    /**
     * Sends a batch and marks the acknowledged prefix. With an idempotent producer a failed
     * send fails the later ones of its partition too, so stopping at the first failure keeps order.
     * An entry the producer refuses at once because it can never be sent does not stop the round:
     * it counts an attempt, and only its key's later entries stay behind it.
     */
    private int send(List<OutboxRow> rows) {
        var sent = new ArrayList<OutboxRow>(rows.size());
        var futures = new ArrayList<CompletableFuture<?>>(rows.size());
        var refusedKeys = new HashSet<String>();
        for (var row : rows) {
            if (refusedKeys.contains(row.key())) {
                continue; // sending it now would overtake its key's refused entry
            }
            CompletableFuture<?> future;
            try {
                future = sendTraced(row);
            } catch (RuntimeException e) {
                // without broker metadata, send() throws instead of failing its future
                future = CompletableFuture.failedFuture(e);
            }
            var refusal = failureIfDone(future);
            if (refusal != null && neverSendable(refusal)) {
                // refused before it left (e.g. larger than max.request.size): nothing of it is in flight
                refusedKeys.add(row.key());
                failed(row, refusal);
                continue;
            }
            sent.add(row);
            futures.add(future);
            if (refusal != null) {
                break;
            }
        }
        int acknowledged = 0;
        Throwable failure = null;
        for (var future : futures) {
            try {
                future.get(30, TimeUnit.SECONDS);
                acknowledged++;
            } catch (Exception e) {
                failure = e;
                break;
            }
        }
        if (acknowledged > 0) {
            // exactly the rows sent, never an id range: a transaction that took an id inside the
            // range may commit between this round's read and this update, and a range would mark
            // its event published without it ever being sent (seen under load: 3 of 1,000 lost)
            jdbc.sql("update outbox_event set published_at = now(), attempts = attempts + 1 where id in (:ids)")
                    .param(
                            "ids",
                            sent.subList(0, acknowledged).stream()
                                    .map(OutboxRow::id)
                                    .toList())
                    .update();
            published.increment(acknowledged);
        }
        if (failure != null) {
            failures.increment();
            log.warn(
                    "outbox relay stopped at event #{}: {}; it stays in the outbox",
                    sent.get(acknowledged).id(),
                    rootMessage(failure));
            failed(sent.get(acknowledged), failure);
        }
        return acknowledged;
    }

    /** Counts a failed attempt; parks the entry if it can never be sent and has had its attempts. */
    private void failed(OutboxRow row, Throwable failure) {
        boolean park = neverSendable(failure);
        Boolean nowParked = jdbc.sql("""
                        update outbox_event
                        set attempts = attempts + 1, last_error = :error,
                            parked_at = case when cast(:park as boolean) and attempts + 1 >= :maxAttempts
                                             then now() end
                        where id = :id
                        returning parked_at is not null
                        """)
                .param("error", rootMessage(failure))
                .param("park", park)
                .param("maxAttempts", maxAttempts)
                .param("id", row.id())
                .query(Boolean.class)
                .optional()
                .orElse(false);
        if (Boolean.TRUE.equals(nowParked)) {
            parked.increment();
            log.error(
                    "outbox event #{} (key {}) parked after {} attempts, it can never be sent: {}; "
                            + "its key's later events wait behind it until an operator retries it",
                    row.id(),
                    row.key(),
                    maxAttempts,
                    rootMessage(failure));
        } else if (park) {
            log.warn(
                    "outbox event #{} (key {}) refused by the producer: {}", row.id(), row.key(), rootMessage(failure));
        }
    }

    /**
     * Failures that the same entry meets on every attempt, whatever the broker's state: its size or
     * its serialization. Everything else (the broker away, a timeout) is cured by waiting.
     */
    static boolean neverSendable(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof RecordTooLargeException
                    || cause instanceof RecordBatchTooLargeException
                    || cause instanceof SerializationException) {
                return true;
            }
        }
        return false;
    }

    private static Throwable failureIfDone(CompletableFuture<?> future) {
        if (!future.isCompletedExceptionally()) {
            return null;
        }
        try {
            future.join();
            return null;
        } catch (CompletionException | CancellationException e) {
            return e.getCause() == null ? e : e.getCause();
        }
    }

    private CompletableFuture<?> sendTraced(OutboxRow row) {
        var record = new ProducerRecord<String, String>(row.topic(), row.key(), row.envelope());
        if (row.correlationId() != null) {
            record.headers()
                    .add(MessagingHeaders.CORRELATION_ID, row.correlationId().getBytes(StandardCharsets.UTF_8));
        }
        var currentPropagator = propagator.getIfAvailable();
        if (row.traceparent() != null && currentPropagator != null) {
            // continue the trace of the request that wrote the event, so it reaches the consumer;
            // the template's own observation stays off: it asks the broker for the cluster id and
            // blocks long while the broker is away
            Span span = currentPropagator
                    .extract(Map.of(MessagingHeaders.TRACEPARENT, row.traceparent()), Map::get)
                    .name("outbox relay " + row.topic())
                    .kind(Span.Kind.PRODUCER)
                    .start();
            currentPropagator.inject(span.context(), record.headers(), (headers, key, value) -> {
                headers.remove(key);
                headers.add(key, value.getBytes(StandardCharsets.UTF_8));
            });
            span.end();
        }
        return kafka.send(record);
    }

    private double count(String condition) {
        try {
            Long count = jdbc.sql("select count(*) from outbox_event where " + condition)
                    .query(Long.class)
                    .single();
            return count == null ? 0 : count;
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    private static String rootMessage(Throwable e) {
        var root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /** Asks for a round now; called after a transaction that wrote events committed. */
    public void wakeUp() {
        if (wakeUps.availablePermits() == 0) {
            wakeUps.release();
        }
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadExecutor(r -> {
            var thread = new Thread(r, "outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
        running = true;
        executor.execute(this::relayUntilStopped);
    }

    private void relayUntilStopped() {
        while (running) {
            try {
                wakeUps.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
                wakeUps.drainPermits();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (running && poll() > 0) {
                // let the next events gather: one batch to the broker instead of one each
                try {
                    Thread.sleep(minGap.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private int poll() {
        try {
            return relayPending();
        } catch (RuntimeException e) {
            log.warn("outbox relay round failed: {}", rootMessage(e));
            return 0;
        }
    }

    @Override
    public void stop() {
        running = false;
        wakeUp();
        if (executor != null) {
            executor.shutdown();
            try {
                // a round in flight finishes or, if the database is gone, gives up; what it did not mark stays pending
                if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                    executor.shutdownNow();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // stop before the Kafka producer and the data source go away
        return Integer.MAX_VALUE - 100;
    }
}
