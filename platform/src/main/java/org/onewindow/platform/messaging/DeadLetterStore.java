package org.onewindow.platform.messaging;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The service's own record of its dead letters (table {@code dead_letter}); the only writer of that table. */
public class DeadLetterStore {

    static final int MAX_MESSAGE_LENGTH = 2000;

    private static final String SELECT = """
            select id, consumer_group, topic, kafka_partition, kafka_offset, record_key, record_value,
                   correlation_id, exception_class, exception_message, dead_lettered_at, redriven_at, redriven_by
            from dead_letter
            """;

    private final JdbcClient jdbc;

    public DeadLetterStore(JdbcClient jdbc, MeterRegistry meters) {
        this.jdbc = jdbc;
        Gauge.builder("onewindow.dead.letters.pending", this, DeadLetterStore::pending)
                .description("dead letters not yet redriven")
                .register(meters);
    }

    /** Records a record the consumer gave up on; once per record, however often its recovery runs. */
    void record(String consumerGroup, ConsumerRecord<?, ?> record, Throwable failure) {
        var correlation = record.headers().lastHeader(MessagingHeaders.CORRELATION_ID);
        jdbc.sql("""
                        insert into dead_letter (consumer_group, topic, kafka_partition, kafka_offset, record_key,
                                                 record_value, correlation_id, exception_class, exception_message)
                        values (:group, :topic, :partition, :offset, :key, :value, :correlationId, :exceptionClass,
                                :exceptionMessage)
                        on conflict (consumer_group, topic, kafka_partition, kafka_offset) do nothing
                        """)
                .param("group", consumerGroup)
                .param("topic", record.topic())
                .param("partition", record.partition())
                .param("offset", record.offset())
                .param("key", record.key() == null ? null : String.valueOf(record.key()))
                .param("value", record.value() == null ? null : String.valueOf(record.value()))
                .param(
                        "correlationId",
                        correlation == null ? null : new String(correlation.value(), StandardCharsets.UTF_8))
                .param("exceptionClass", failure.getClass().getName())
                .param("exceptionMessage", truncate(failure.getMessage()))
                .update();
    }

    /** Newest first; {@code redriven} null for all, else only those (not) redriven. */
    public DeadLetterPage page(Boolean redriven, int page, int size) {
        var filter = redriven == null ? "" : redriven ? " where redriven_at is not null" : " where redriven_at is null";
        var items = jdbc.sql(SELECT + filter + " order by id desc limit :limit offset :offset")
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, n) -> deadLetter(rs))
                .list();
        long total = jdbc.sql("select count(*) from dead_letter" + filter)
                .query(Long.class)
                .single();
        return new DeadLetterPage(items, page, size, total);
    }

    public Optional<DeadLetter> find(long id) {
        return jdbc.sql(SELECT + " where id = :id")
                .param("id", id)
                .query((rs, n) -> deadLetter(rs))
                .optional();
    }

    /** The row, locked until the caller's transaction ends: two redrives of one row take turns. */
    Optional<DeadLetter> lock(long id) {
        return jdbc.sql(SELECT + " where id = :id for update")
                .param("id", id)
                .query((rs, n) -> deadLetter(rs))
                .optional();
    }

    void markRedriven(long id, String by, OffsetDateTime at) {
        jdbc.sql("update dead_letter set redriven_at = :at, redriven_by = :by where id = :id")
                .param("at", at)
                .param("by", by)
                .param("id", id)
                .update();
    }

    private double pending() {
        try {
            return jdbc.sql("select count(*) from dead_letter where redriven_at is null")
                    .query(Long.class)
                    .single();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    static String truncate(String message) {
        if (message == null || message.length() <= MAX_MESSAGE_LENGTH) {
            return message;
        }
        return message.substring(0, MAX_MESSAGE_LENGTH - 1) + "…";
    }

    private static DeadLetter deadLetter(ResultSet rs) throws SQLException {
        return new DeadLetter(
                rs.getLong("id"),
                rs.getString("consumer_group"),
                rs.getString("topic"),
                rs.getInt("kafka_partition"),
                rs.getLong("kafka_offset"),
                rs.getString("record_key"),
                rs.getString("record_value"),
                rs.getString("correlation_id"),
                rs.getString("exception_class"),
                rs.getString("exception_message"),
                rs.getObject("dead_lettered_at", OffsetDateTime.class),
                rs.getObject("redriven_at", OffsetDateTime.class),
                rs.getString("redriven_by"));
    }
}
