package org.onewindow.platform.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.onewindow.contracts.MalformedEventException;
import org.onewindow.contracts.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ConsumerAwareRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.support.KafkaUtils;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Bounded retries, then the record is recorded in the service's {@code dead_letter} table (where an
 * operator lists and redrives it) and goes to {@code <topic>.DLT} with the failure in its headers,
 * and consumption goes on. Records that can never succeed skip the retries; records that are only
 * not ready yet ({@link EventNotReadyException}) are retried with a capped backoff for as long as
 * it takes and never dead-lettered.
 */
public final class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private DeadLetters() {}

    /**
     * @param notReadyMaxBackoff the longest wait between two attempts at an event that is not ready
     */
    public static DefaultErrorHandler errorHandler(
            KafkaOperations<?, ?> template,
            DeadLetterStore store,
            MeterRegistry meters,
            int maxAttempts,
            Duration initialBackoff,
            Duration notReadyMaxBackoff) {
        var publisher = new DeadLetterPublishingRecoverer(
                template,
                // no partition: the dead-letter topic may have fewer partitions than the source
                (record, e) -> new TopicPartition(Topics.deadLetterOf(record.topic()), -1));
        var backOff = new ExponentialBackOff(initialBackoff.toMillis(), 2.0);
        backOff.setMaxAttempts(maxAttempts - 1);
        var handler = new DefaultErrorHandler(recoverer(publisher, store, meters), backOff);
        // a recovery that fails (a not-ready record) starts the record's attempts afresh
        handler.setResetStateOnRecoveryFailure(true);
        handler.addNotRetryableExceptions(MalformedEventException.class);
        handler.setBackOffFunction((record, e) -> notReady(e) ? untilReady(initialBackoff, notReadyMaxBackoff) : null);
        handler.setRetryListeners((record, e, attempt) -> Counter.builder("onewindow.consumer.retries")
                .description("failed deliveries that will be retried")
                .tag("topic", record.topic())
                .tag("reason", notReady(e) ? "not-ready" : "failure")
                .register(meters)
                .increment());
        return handler;
    }

    /** Whether the failure, or anything that caused it, says the event is not ready yet. */
    static boolean notReady(Throwable e) {
        for (var cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof EventNotReadyException) {
                return true;
            }
            if (cause.getCause() == cause) {
                return false;
            }
        }
        return false;
    }

    /**
     * Keeps a failed record in the service's table, then on its dead-letter topic. A record that is
     * only not ready is never dead-lettered: its recovery fails, which makes the error handler start
     * its attempts afresh (with the not-ready back-off). A batch listener needs this: its error
     * handler sees the same wrapper class at every attempt, so a failure that turns into a not-ready
     * one (or back) keeps the back-off it started with.
     */
    static ConsumerAwareRecordRecoverer recoverer(
            ConsumerAwareRecordRecoverer publisher, DeadLetterStore store, MeterRegistry meters) {
        return (record, consumer, e) -> {
            var failure = listenerFailure(e);
            if (notReady(failure)) {
                log.info(
                        "{}-{}@{} is still not ready after its attempts; it is tried again, never dead-lettered",
                        record.topic(),
                        record.partition(),
                        record.offset());
                throw new IllegalStateException("not ready yet, so not dead-lettered", failure);
            }
            log.error(
                    "dead-lettering {}-{}@{} after failure: {}",
                    record.topic(),
                    record.partition(),
                    record.offset(),
                    failure.getMessage());
            // the table first: if the DLT then fails, the whole recovery is tried again and the
            // row is not written twice; the other way round a failed insert would lose the row
            store.record(groupOf(consumer), record, failure);
            publisher.accept(record, consumer, forTheTopic(e, failure));
            Counter.builder("onewindow.consumer.dead.letters")
                    .description("records sent to a dead-letter topic after bounded retries")
                    .tag("topic", record.topic())
                    .register(meters)
                    .increment();
        };
    }

    // the container's wrapper (which names the group, for the topic's headers) around the cause
    // itself, not a batch listener's BatchListenerFailedException
    private static Exception forTheTopic(Exception e, Throwable failure) {
        if (e instanceof ListenerExecutionFailedException wrapper && failure != wrapper.getCause()) {
            return new ListenerExecutionFailedException(wrapper.getMessage(), wrapper.getGroupId(), failure);
        }
        return e;
    }

    // bounded, so that a record that stops being only not ready is dead-lettered in time; one that is
    // still not ready then is not (see recoverer), and starts again: it is retried until it is applied
    private static BackOff untilReady(Duration initial, Duration max) {
        var backOff = new ExponentialBackOff(initial.toMillis(), 2.0);
        backOff.setMaxInterval(max.toMillis());
        backOff.setMaxAttempts(NOT_READY_ATTEMPTS);
        return backOff;
    }

    private static final int NOT_READY_ATTEMPTS = 20;

    /** What the listener threw, without the container's wrapper or a batch listener's index. */
    static Throwable listenerFailure(Throwable e) {
        var failure = e;
        while ((failure instanceof ListenerExecutionFailedException || failure instanceof BatchListenerFailedException)
                && failure.getCause() != null) {
            failure = failure.getCause();
        }
        return failure;
    }

    private static String groupOf(Consumer<?, ?> consumer) {
        if (consumer != null) {
            try {
                return consumer.groupMetadata().groupId();
            } catch (RuntimeException e) {
                // a consumer without a group (assigned partitions): fall through
            }
        }
        var group = KafkaUtils.getConsumerGroupId();
        return group == null ? "unknown" : group;
    }
}
