package org.onewindow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.ProducerInterceptor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.onewindow.contracts.EventEnvelope;
import org.onewindow.contracts.EventJson;
import org.onewindow.platform.messaging.OutboxRelay;
import org.onewindow.platform.testsupport.InfrastructureSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Outbox ids are taken at insert and become visible at commit, so they commit out of order. An
 * event whose transaction commits while a relay round is between reading and marking must stay
 * pending and leave in a later round. The producer interceptor makes that moment certain: it
 * commits the held transaction when the broker acknowledges the round's first event, before the
 * round marks what it sent.
 */
@SpringBootTest(
        classes = TestApplication.class,
        properties = {
            // rounds only when the test runs one; no listeners to take the records
            "onewindow.outbox.poll-interval=1h",
            "spring.kafka.listener.auto-startup=false",
            "spring.kafka.producer.properties.interceptor.classes="
                    + "org.onewindow.platform.OutboxCommitOrderIntegrationTest$RunOnFirstAck"
        })
class OutboxCommitOrderIntegrationTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        InfrastructureSupport.register(registry, "platform_outbox_order_test");
    }

    @Autowired
    OutboxRelay relay;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anEventCommittedDuringARoundIsNotMarkedSentByItButSentByTheNext() throws Exception {
        var run = UUID.randomUUID().toString();
        try (var first = dataSource.getConnection();
                var held = dataSource.getConnection()) {
            first.setAutoCommit(false);
            held.setAutoCommit(false);
            // ids low < middle < high; low and high commit, middle is still open
            insert(first, run + "-low");
            insert(held, run + "-middle");
            insert(first, run + "-high");
            first.commit();
            RunOnFirstAck.action = () -> {
                try {
                    held.commit();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            };

            assertThat(relay.relayPending()).isEqualTo(2);

            assertThat(RunOnFirstAck.action)
                    .as("the held transaction committed mid-round")
                    .isNull();
            assertThat(published(run + "-middle")).as("not sent, so not marked").isFalse();
            assertThat(relay.relayPending()).isEqualTo(1);
            assertThat(published(run + "-middle")).isTrue();
        } finally {
            RunOnFirstAck.action = null;
        }
        var records = InfrastructureSupport.readUntil(
                TestApplication.TOPIC,
                Duration.ofSeconds(20),
                seen -> seen.stream().anyMatch(r -> r.value().contains(run + "-middle")));
        assertThat(records).anyMatch(r -> r.value().contains(run + "-middle"));
    }

    private static void insert(Connection connection, String name) throws SQLException {
        var envelope = EventEnvelope.of(
                TestApplication.THING_HAPPENED, name, new TestApplication.Thing(name, false), OffsetDateTime.now());
        try (var statement = connection.prepareStatement(
                "insert into outbox_event (event_id, topic, event_key, event_type, envelope) values (?, ?, ?, ?, ?)")) {
            statement.setObject(1, envelope.eventId());
            statement.setString(2, TestApplication.TOPIC);
            statement.setString(3, name);
            statement.setString(4, envelope.type());
            statement.setString(5, EventJson.write(envelope));
            statement.executeUpdate();
        }
    }

    private boolean published(String key) {
        return jdbc.sql("select published_at is not null from outbox_event where event_key = :key")
                .param("key", key)
                .query(Boolean.class)
                .single();
    }

    /** Runs the test's action once, on the broker's first acknowledgement after it is set. */
    public static class RunOnFirstAck implements ProducerInterceptor<String, String> {

        static volatile Runnable action;

        @Override
        public ProducerRecord<String, String> onSend(ProducerRecord<String, String> record) {
            return record;
        }

        @Override
        public void onAcknowledgement(RecordMetadata metadata, Exception exception) {
            var current = action;
            if (current != null && exception == null) {
                action = null;
                current.run();
            }
        }

        @Override
        public void close() {}

        @Override
        public void configure(Map<String, ?> configs) {}
    }
}
