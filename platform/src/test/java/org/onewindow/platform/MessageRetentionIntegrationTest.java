package org.onewindow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onewindow.platform.messaging.MessageRetention;
import org.onewindow.platform.testsupport.InfrastructureSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Messaging rows past the retention period go (they may hold what an older event carried);
 * unpublished outbox rows, recent rows and dead letters nobody redrove stay.
 */
@SpringBootTest(
        classes = TestApplication.class,
        properties = {
            "onewindow.outbox.poll-interval=1h",
            "onewindow.retention.period=7d",
            "spring.kafka.listener.auto-startup=false"
        })
class MessageRetentionIntegrationTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        InfrastructureSupport.register(registry, "platform_retention_test");
    }

    @Autowired
    MessageRetention retention;

    @Autowired
    JdbcClient jdbc;

    @Test
    void deletesOnlyWhatIsDoneAndOlderThanTheRetentionPeriod() {
        var old = OffsetDateTime.now().minusDays(8);
        var recent = OffsetDateTime.now().minusDays(6);
        var oldPublished = outbox(old, old);
        var recentPublished = outbox(recent, recent);
        var oldUnsent = outbox(old, null);
        var oldProcessed = processed(old);
        var recentProcessed = processed(recent);
        var oldRedriven = deadLetter(old, old);
        var oldPending = deadLetter(old, null);

        retention.purge();

        assertThat(exists("outbox_event", "event_id", oldPublished)).isFalse();
        assertThat(exists("outbox_event", "event_id", recentPublished)).isTrue();
        assertThat(exists("outbox_event", "event_id", oldUnsent))
                .as("never sent: still to do")
                .isTrue();
        assertThat(exists("processed_event", "event_id", oldProcessed)).isFalse();
        assertThat(exists("processed_event", "event_id", recentProcessed)).isTrue();
        assertThat(exists("dead_letter", "record_key", oldRedriven)).isFalse();
        assertThat(exists("dead_letter", "record_key", oldPending))
                .as("nobody redrove it yet")
                .isTrue();
    }

    private UUID outbox(OffsetDateTime created, OffsetDateTime published) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                        insert into outbox_event (event_id, topic, event_key, event_type, envelope, created_at, published_at)
                        values (:id, 'retention.test', 'k', 'Thing', '{}', :created, :published)
                        """)
                .param("id", id)
                .param("created", created)
                .param("published", published)
                .update();
        return id;
    }

    private UUID processed(OffsetDateTime at) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                        insert into processed_event (consumer, event_id, event_type, event_key, processed_at)
                        values ('retention-test', :id, 'Thing', 'k', :at)
                        """).param("id", id).param("at", at).update();
        return id;
    }

    private String deadLetter(OffsetDateTime at, OffsetDateTime redriven) {
        var key = UUID.randomUUID().toString();
        jdbc.sql("""
                        insert into dead_letter (consumer_group, topic, kafka_partition, kafka_offset, record_key,
                            record_value, exception_class, dead_lettered_at, redriven_at)
                        values ('retention-test', 'retention.test', 0, :offset, :key, '{}', 'X', :at, :redriven)
                        """)
                .param("offset", Math.abs(key.hashCode()))
                .param("key", key)
                .param("at", at)
                .param("redriven", redriven)
                .update();
        return key;
    }

    private boolean exists(String table, String column, Object value) {
        return jdbc.sql("select count(*) from " + table + " where " + column + " = :v")
                        .param("v", value)
                        .query(Integer.class)
                        .single()
                > 0;
    }
}
