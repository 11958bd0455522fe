package org.onewindow.application.provincial;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers recorded status messages to the province: in order per case (a case's next message
 * waits until the one before it is delivered), with exponential backoff and jitter while the
 * endpoint fails, every attempt logged, and after {@code maxAttempts} the message parked as
 * FAILED until an operator resends it. One instance relays at a time (advisory lock).
 */
@Component
class ProvincialRelay {

    private static final Logger log = LoggerFactory.getLogger(ProvincialRelay.class);
    // an arbitrary constant naming "the provincial relay" among advisory locks
    private static final long LOCK_KEY = 0x0E_0E_0E_0E_02L;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ProvincialProperties properties;
    private final MessageSigner signer;
    private final Clock clock;
    private final HttpClient http;
    private final Counter sent;
    private final Counter failedAttempts;

    ProvincialRelay(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            ProvincialProperties properties,
            Clock clock,
            MeterRegistry meters) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.properties = properties;
        if (properties.enabled()
                && (properties.sharedKey() == null || properties.sharedKey().isBlank())) {
            // an unsigned push is worthless to the receiver: refuse to start rather than send one
            throw new IllegalStateException("PROVINCIAL_ENDPOINT is set but PROVINCIAL_SHARED_KEY is empty");
        }
        this.signer = properties.enabled() ? new MessageSigner(properties.sharedKey()) : null;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
        this.sent = Counter.builder("onewindow.provincial.sent")
                .description("status messages the provincial platform acknowledged")
                .register(meters);
        this.failedAttempts = Counter.builder("onewindow.provincial.attempts.failed")
                .description("delivery attempts that failed and will be retried or parked")
                .register(meters);
        Gauge.builder("onewindow.provincial.messages", () -> count("PENDING"))
                .tag("state", "pending")
                .description("status messages waiting for delivery")
                .register(meters);
        Gauge.builder("onewindow.provincial.messages", () -> count("FAILED"))
                .tag("state", "failed")
                .description("status messages parked after their last attempt, waiting for an operator")
                .register(meters);
    }

    private record Due(long id, UUID messageId, String caseNo, String body, String bodySha256, int attempts) {}

    @Scheduled(fixedDelayString = "${onewindow.provincial.poll-interval:500ms}")
    void scheduled() {
        if (properties.enabled()) {
            relay();
        }
    }

    /** One pass over what is due; returns how many messages were delivered. */
    int relay() {
        Integer delivered = transactions.execute(tx -> {
            if (!Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(:key)")
                    .param("key", LOCK_KEY)
                    .query(Boolean.class)
                    .single())) {
                return 0;
            }
            var now = OffsetDateTime.now(clock);
            // due, and nothing earlier of the same case is parked or waiting for a later retry
            var due = jdbc.sql("""
                            select m.id, m.message_id, m.case_no, m.body, m.body_sha256, m.attempts
                            from provincial_message m
                            where m.state = 'PENDING' and m.next_attempt_at <= :now
                              and not exists (select 1 from provincial_message e
                                  where e.case_no = m.case_no and e.id < m.id and e.state <> 'SENT'
                                    and (e.state = 'FAILED' or e.next_attempt_at > :now))
                            order by m.id limit :batch
                            """)
                    .param("now", now)
                    .param("batch", properties.batchSize())
                    .query((rs, n) -> new Due(
                            rs.getLong("id"),
                            rs.getObject("message_id", UUID.class),
                            rs.getString("case_no"),
                            rs.getString("body"),
                            rs.getString("body_sha256"),
                            rs.getInt("attempts")))
                    .list();
            var held = new HashSet<String>();
            int count = 0;
            for (var message : due) {
                if (held.contains(message.caseNo())) {
                    continue;
                }
                var outcome = send(message);
                record(message, outcome);
                if (outcome.delivered()) {
                    count++;
                } else {
                    held.add(message.caseNo());
                    if (outcome.unreachable()) {
                        // the endpoint is down: the rest would fail the same way, and each try costs a timeout
                        break;
                    }
                }
            }
            return count;
        });
        return delivered == null ? 0 : delivered;
    }

    private record Outcome(boolean delivered, boolean unreachable, Integer status, String error) {}

    private Outcome send(Due message) {
        var sentAt = OffsetDateTime.now(clock).toString();
        var request = HttpRequest.newBuilder(properties.endpointUri())
                .timeout(properties.timeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("X-OneWindow-Message-Id", message.messageId().toString())
                .header("X-OneWindow-Sent-At", sentAt)
                .header("X-OneWindow-Body-SHA256", message.bodySha256())
                .header(
                        "X-OneWindow-Signature",
                        signer.sign(message.messageId().toString(), sentAt, message.bodySha256()))
                .POST(HttpRequest.BodyPublishers.ofString(message.body()))
                .build();
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return status / 100 == 2
                    ? new Outcome(true, false, status, null)
                    : new Outcome(false, false, status, "HTTP " + status);
        } catch (IOException e) {
            return new Outcome(false, true, null, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(false, true, null, "interrupted");
        }
    }

    private void record(Due message, Outcome outcome) {
        var now = OffsetDateTime.now(clock);
        int attempt = message.attempts() + 1;
        // numbered across resends: an operator's resend starts a fresh count of attempts, not a fresh log
        jdbc.sql("""
                        insert into provincial_attempt (message_id, attempt, at, http_status, error)
                        select :messageId, coalesce(max(attempt), 0) + 1, :at, :status, :error
                        from provincial_attempt where message_id = :messageId
                        """)
                .param("messageId", message.messageId())
                .param("at", now)
                .param("status", outcome.status())
                .param("error", truncate(outcome.error()))
                .update();
        if (outcome.delivered()) {
            jdbc.sql(
                            "update provincial_message set state = 'SENT', attempts = :attempt, sent_at = :at, last_error = null"
                                    + " where id = :id")
                    .param("attempt", attempt)
                    .param("at", now)
                    .param("id", message.id())
                    .update();
            sent.increment();
            return;
        }
        failedAttempts.increment();
        boolean park = attempt >= properties.maxAttempts();
        if (park) {
            log.warn(
                    "provincial message {} for case {} parked after {} attempts: {}",
                    message.messageId(),
                    message.caseNo(),
                    attempt,
                    outcome.error());
        }
        jdbc.sql("""
                        update provincial_message set state = :state, attempts = :attempt, last_error = :error,
                            next_attempt_at = :next where id = :id
                        """)
                .param("state", park ? "FAILED" : "PENDING")
                .param("attempt", attempt)
                .param("error", truncate(outcome.error()))
                .param("next", now.plus(backoff(attempt)))
                .param("id", message.id())
                .update();
    }

    /** Exponential from the initial backoff, capped, with jitter so that many cases do not retry in step. */
    Duration backoff(int attempt) {
        var exponential = properties.initialBackoff().multipliedBy(1L << Math.min(attempt - 1, 30));
        var capped = exponential.compareTo(properties.maxBackoff()) > 0 ? properties.maxBackoff() : exponential;
        long millis = capped.toMillis();
        return Duration.ofMillis(millis / 2 + ThreadLocalRandom.current().nextLong(millis / 2 + 1));
    }

    private long count(String state) {
        return jdbc.sql("select count(*) from provincial_message where state = :state")
                .param("state", state)
                .query(Long.class)
                .single();
    }

    private static String truncate(String error) {
        return error == null || error.length() <= 500 ? error : error.substring(0, 500);
    }
}
