package org.onewindow.platform.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.onewindow.platform.web.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends a dead letter's record again, unchanged, to its topic with its key (so to its partition
 * and after its key's earlier events), once. Every consumer group of the topic receives it again;
 * their inboxes skip it where it had been applied.
 *
 * <p>Sent directly, not through the outbox: the record is the producer's, byte for byte (a record
 * that is not even an event can be sent again too), and the outbox's unique event id would refuse
 * an event this service once published itself. The row stays locked while the broker is asked, and
 * is marked only once the broker acknowledged: a redrive whose mark then failed can be repeated,
 * and the repeat is a duplicate the inboxes absorb; a mark without a send cannot happen.
 */
public class DeadLetterRedrive {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterRedrive.class);
    private static final long SEND_TIMEOUT_SECONDS = 30;

    private final DeadLetterStore store;
    private final KafkaTemplate<String, String> kafka;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Counter redriven;

    public DeadLetterRedrive(
            DeadLetterStore store,
            KafkaTemplate<String, String> kafka,
            TransactionTemplate transactions,
            Clock clock,
            MeterRegistry meters) {
        this.store = store;
        this.kafka = kafka;
        this.transactions = transactions;
        this.clock = clock;
        this.redriven = Counter.builder("onewindow.dead.letters.redriven")
                .description("dead letters sent again by an operator")
                .register(meters);
    }

    /** @throws ProblemException 404 for an unknown id, 409 if already redriven, 503 if the broker did not take it */
    public DeadLetter redrive(long id, String operator) {
        var result = transactions.execute(status -> {
            var letter = store.lock(id).orElseThrow(() -> ProblemException.notFound("no dead letter " + id));
            if (letter.redrivenAt() != null) {
                throw ProblemException.conflict(
                        "dead letter " + id + " was redriven at " + letter.redrivenAt() + " by " + letter.redrivenBy());
            }
            send(letter);
            store.markRedriven(id, operator, OffsetDateTime.now(clock));
            return store.find(id).orElseThrow();
        });
        redriven.increment();
        log.info(
                "{} redrove dead letter {} ({}-{}@{})",
                operator,
                id,
                result.topic(),
                result.partition(),
                result.offset());
        return result;
    }

    private void send(DeadLetter letter) {
        var record = new ProducerRecord<>(letter.topic(), letter.key(), letter.value());
        if (letter.correlationId() != null) {
            record.headers()
                    .add(MessagingHeaders.CORRELATION_ID, letter.correlationId().getBytes(StandardCharsets.UTF_8));
        }
        try {
            kafka.send(record).get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(letter, e);
        } catch (Exception e) {
            throw unavailable(letter, e);
        }
    }

    private static ProblemException unavailable(DeadLetter letter, Exception e) {
        log.warn("redrive of dead letter {} not taken by the broker: {}", letter.id(), e.toString());
        return new ProblemException(
                HttpStatus.SERVICE_UNAVAILABLE,
                "broker-unavailable",
                "the broker did not take dead letter " + letter.id() + "; it stays pending, try again",
                List.of());
    }
}
