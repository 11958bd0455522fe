package org.onewindow.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.onewindow.contracts.EventEnvelope;
import org.onewindow.contracts.EventJson;
import org.onewindow.platform.messaging.OutboxRelay;
import org.onewindow.platform.testsupport.InfrastructureSupport;
import org.onewindow.platform.testsupport.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An event larger than the producer's max.request.size (1 MB by default, the broker's
 * max.message.bytes is about the same) can never be sent: after its attempts it is parked, its
 * case's later event waits behind it, and the other cases' events go on from the first round.
 * Rounds run only when the test runs one (hourly poll; rows written without waking the relay).
 */
@SpringBootTest(
        classes = TestApplication.class,
        properties = {
            "onewindow.outbox.poll-interval=1h",
            "onewindow.outbox.max-attempts=3",
            "spring.kafka.listener.auto-startup=false"
        })
@AutoConfigureMockMvc
class OutboxParkingIntegrationTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        InfrastructureSupport.register(registry, "platform_outbox_parking_test");
    }

    @Autowired
    OutboxRelay relay;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    @Autowired
    DataSource dataSource;

    @Autowired
    MockMvc mvc;

    @Test
    void anEventThatCanNeverBeSentIsParkedHoldingBackOnlyItsOwnKey() throws Exception {
        var run = UUID.randomUUID().toString();
        var stuckCase = run + "-stuck";
        var otherCase = run + "-other";
        long oversized = insert(stuckCase, "x".repeat(1_200_000));
        long behindIt = insert(stuckCase, run + "-after-oversized");
        long other = insert(otherCase, run + "-other-first");

        assertThat(relay.relayPending())
                .as("the other case is sent in the first round")
                .isEqualTo(1);
        assertThat(published(other)).isTrue();
        assertThat(published(behindIt))
                .as("never ahead of its case's earlier event")
                .isFalse();
        assertThat(attempts(oversized)).isEqualTo(1);
        assertThat(parked(oversized)).isFalse();

        relay.relayPending();
        relay.relayPending();
        assertThat(attempts(oversized)).isEqualTo(3);
        assertThat(parked(oversized)).isTrue();
        assertThat(lastError(oversized)).contains("RecordTooLargeException");
        assertThat(meters.get("onewindow.outbox.parked").counter().count()).isEqualTo(1.0);
        assertThat(meters.get("onewindow.outbox.parked.rows").gauge().value()).isEqualTo(1.0);

        long later = insert(otherCase, run + "-other-later");
        assertThat(relay.relayPending()).isEqualTo(1);
        assertThat(published(later)).isTrue();
        assertThat(published(behindIt))
                .as("still waiting behind the parked event")
                .isFalse();
        assertThat(attempts(oversized)).as("a parked event is not tried again").isEqualTo(3);
        var sent = InfrastructureSupport.readUntil(
                TestApplication.TOPIC,
                Duration.ofSeconds(20),
                seen -> seen.stream().anyMatch(r -> r.value().contains(run + "-other-later")));
        assertThat(sent).anyMatch(r -> r.value().contains(run + "-other-first"));
        assertThat(sent).anyMatch(r -> r.value().contains(run + "-other-later"));
        assertThat(sent).noneMatch(r -> r.value().contains(run + "-after-oversized"));

        mvc.perform(get("/api/test/outbox/parked").with(Tokens.role("clerk"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/test/outbox/parked").with(Tokens.role("supervisor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(oversized))
                .andExpect(jsonPath("$[0].key").value(stuckCase))
                .andExpect(jsonPath("$[0].waitingBehind").value(1));
        mvc.perform(post("/api/test/outbox/" + behindIt + "/retry").with(Tokens.role("supervisor")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/test/outbox/" + oversized + "/retry").with(Tokens.role("supervisor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(oversized));
        // back in line with fresh attempts: the wake-up tries it at once, and it is refused again
        await().atMost(Duration.ofSeconds(20)).until(() -> attempts(oversized) == 1);
        assertThat(parked(oversized)).isFalse();
        assertThat(published(behindIt)).isFalse();
    }

    /**
     * One relay per database at a time: a relay that does not get the advisory lock reads and sends
     * nothing, and the event waits for the holder (or the next round).
     */
    @Test
    void whileAnotherRelayHoldsTheLockThisOneSendsNothing() throws Exception {
        var run = UUID.randomUUID().toString();
        long event = insert(run + "-locked", run + "-while-locked");
        try (var other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (var lock = other.createStatement()) {
                // as another instance of the service would take it
                lock.execute("select pg_advisory_xact_lock(" + OutboxRelay.LOCK_KEY + ")");
            }
            assertThat(relay.relayPending()).isZero();
            assertThat(published(event)).isFalse();
            other.commit();
        }
        relay.relayPending();
        assertThat(published(event)).isTrue();
    }

    private long insert(String key, String name) {
        var envelope = EventEnvelope.of(
                TestApplication.THING_HAPPENED, key, new TestApplication.Thing(name, false), OffsetDateTime.now());
        return jdbc.sql("""
                        insert into outbox_event (event_id, topic, event_key, event_type, envelope)
                        values (:eventId, :topic, :key, :type, :envelope) returning id
                        """)
                .param("eventId", envelope.eventId())
                .param("topic", TestApplication.TOPIC)
                .param("key", key)
                .param("type", envelope.type())
                .param("envelope", EventJson.write(envelope))
                .query(Long.class)
                .single();
    }

    private boolean published(long id) {
        return column(id, "published_at is not null", Boolean.class);
    }

    private boolean parked(long id) {
        return column(id, "parked_at is not null", Boolean.class);
    }

    private int attempts(long id) {
        return column(id, "attempts", Integer.class);
    }

    private String lastError(long id) {
        return column(id, "last_error", String.class);
    }

    private <T> T column(long id, String expression, Class<T> type) {
        return jdbc.sql("select " + expression + " from outbox_event where id = :id")
                .param("id", id)
                .query(type)
                .single();
    }
}
