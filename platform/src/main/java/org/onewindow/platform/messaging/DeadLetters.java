package org.onewindow.platform.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.apache.kafka.common.TopicPartition;
import org.onewindow.contracts.MalformedEventException;
import org.onewindow.contracts.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Bounded retries, then the record goes to {@code <topic>.DLT} with the failure in its headers
 * and consumption goes on. Records that can never succeed skip the retries.
 */
public final class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private DeadLetters() {}

    public static DefaultErrorHandler errorHandler(
            KafkaOperations<?, ?> template, MeterRegistry meters, int maxAttempts, Duration initialBackoff) {
        var recoverer = new DeadLetterPublishingRecoverer(
                template,
                // no partition: the dead-letter topic may have fewer partitions than the source
                (record, e) -> new TopicPartition(Topics.deadLetterOf(record.topic()), -1));
        var backOff = new ExponentialBackOff(initialBackoff.toMillis(), 2.0);
        backOff.setMaxAttempts(maxAttempts - 1);
        var handler = new DefaultErrorHandler(
                (record, e) -> {
                    log.error(
                            "dead-lettering {}-{}@{} after failure: {}",
                            record.topic(),
                            record.partition(),
                            record.offset(),
                            e.getMessage());
                    Counter.builder("onewindow.consumer.dead.letters")
                            .description("records sent to a dead-letter topic after bounded retries")
                            .tag("topic", record.topic())
                            .register(meters)
                            .increment();
                    recoverer.accept(record, e);
                },
                backOff);
        handler.addNotRetryableExceptions(MalformedEventException.class);
        handler.setRetryListeners((record, e, attempt) -> Counter.builder("onewindow.consumer.retries")
                .description("failed deliveries that will be retried")
                .tag("topic", record.topic())
                .register(meters)
                .increment());
        return handler;
    }
}
