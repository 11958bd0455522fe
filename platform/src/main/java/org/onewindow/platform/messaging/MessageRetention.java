package org.onewindow.platform.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Messaging rows are working state, not records: a published outbox row, a processed event's id
 * and a redriven dead letter are deleted once older than the retention period (default 7 days,
 * Kafka's own default retention: no redelivery can be older, so no duplicate slips through).
 * A dead letter nobody has redriven yet is kept: it is the only copy of work still to be done.
 * The state a service owns (applications, cases) is never touched here.
 */
public class MessageRetention implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MessageRetention.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration period;
    private final Duration interval;
    private volatile ScheduledExecutorService executor;

    public MessageRetention(JdbcClient jdbc, Clock clock, Duration period, Duration interval) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.period = period;
        this.interval = interval;
    }

    /** Deletes what is older than the retention period; returns how many rows went. */
    public int purge() {
        var before = OffsetDateTime.now(clock).minus(period);
        int outbox = jdbc.sql("delete from outbox_event where published_at < :before")
                .param("before", before)
                .update();
        int processed = jdbc.sql("delete from processed_event where processed_at < :before")
                .param("before", before)
                .update();
        int deadLetters = jdbc.sql("delete from dead_letter where redriven_at < :before")
                .param("before", before)
                .update();
        if (outbox + processed + deadLetters > 0) {
            log.info(
                    "retention: deleted {} published outbox rows, {} processed-event ids, {} redriven dead letters",
                    outbox,
                    processed,
                    deadLetters);
        }
        return outbox + processed + deadLetters;
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            var thread = new Thread(r, "message-retention");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(
                this::purgeQuietly, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void purgeQuietly() {
        try {
            purge();
        } catch (RuntimeException e) {
            // the database may be away; the next round tries again
            log.warn("retention round failed: {}", e.getMessage());
        }
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null && !executor.isShutdown();
    }
}
