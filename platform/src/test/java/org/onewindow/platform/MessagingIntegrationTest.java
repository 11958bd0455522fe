package org.onewindow.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.onewindow.contracts.EventEnvelope;
import org.onewindow.contracts.EventJson;
import org.onewindow.contracts.Topics;
import org.onewindow.localstack.SharedInfrastructure;
import org.onewindow.platform.messaging.EventHandlers;
import org.onewindow.platform.messaging.EventInbox;
import org.onewindow.platform.testsupport.InfrastructureSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

class MessagingIntegrationTest extends PlatformIntegrationTest {

    @Autowired
    TestApplication.Things things;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    MeterRegistry meters;

    @Autowired
    Tracer tracer;

    @Autowired
    EventInbox inbox;

    @Test
    void eventOfARolledBackTransactionNeverReachesKafka() {
        assertThatThrownBy(() -> things.create("rolled-back", true)).isInstanceOf(IllegalStateException.class);
        things.create("committed-after", false);

        var records = InfrastructureSupport.readUntil(
                TestApplication.TOPIC,
                Duration.ofSeconds(30),
                seen -> names(seen).contains("committed-after"));

        assertThat(names(records)).contains("committed-after").doesNotContain("rolled-back");
        assertThat(jdbc.sql("select count(*) from thing where name = 'rolled-back'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void traceContextTravelsWithTheEvent() {
        var span = tracer.nextSpan().name("request").start();
        try (var scope = tracer.withSpan(span)) {
            things.create("traced", false);
        } finally {
            span.end();
        }
        var records = InfrastructureSupport.readUntil(
                TestApplication.TOPIC,
                Duration.ofSeconds(30),
                seen -> names(seen).contains("traced"));
        var record = records.stream()
                .filter(r -> r.value().contains("\"traced\""))
                .findFirst()
                .orElseThrow();
        var traceparent = new String(record.headers().lastHeader("traceparent").value(), StandardCharsets.UTF_8);
        assertThat(traceparent).contains(span.context().traceId());
    }

    @Test
    void eventWrittenWhileTheBrokerIsDownArrivesAfterItReturns() {
        var broker = SharedInfrastructure.get().kafka();
        broker.stop();
        try {
            things.create("while-broker-down", false);
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(
                            () -> assertThat(attemptsOf("while-broker-down")).isPositive());
            assertThat(meters.get("onewindow.outbox.pending").gauge().value()).isGreaterThanOrEqualTo(1.0);
            assertThat(meters.get("onewindow.outbox.send.failures").counter().count())
                    .isPositive();
        } finally {
            broker.start();
        }
        var records = InfrastructureSupport.readUntil(
                TestApplication.TOPIC,
                Duration.ofSeconds(60),
                seen -> names(seen).contains("while-broker-down"));
        assertThat(names(records)).contains("while-broker-down");
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(
                        () -> assertThat(appliedCount("while-broker-down")).isEqualTo(1));
    }

    @Test
    void duplicateDeliveryIsAppliedOnce() throws Exception {
        var envelope = EventEnvelope.of(
                TestApplication.THING_HAPPENED,
                "dup",
                new TestApplication.Thing("duplicate", false),
                OffsetDateTime.now());
        var json = EventJson.write(envelope);
        kafka.send(TestApplication.TOPIC, "dup", json).get();
        kafka.send(TestApplication.TOPIC, "dup", json).get();
        kafka.send(TestApplication.TOPIC, "dup", json).get();

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(meters.find("onewindow.consumer.events")
                                .tag("result", "duplicate")
                                .counter())
                        .isNotNull()
                        .satisfies(counter -> assertThat(counter.count()).isGreaterThanOrEqualTo(2)));
        assertThat(appliedCount("duplicate")).isEqualTo(1);
    }

    @Test
    void eventsOfTypesTheConsumerDoesNotActOnArePassedOverWithoutATransaction() throws Exception {
        var other = EventEnvelope.of(
                TestApplication.THING_NOTICED,
                "other",
                new TestApplication.Thing("noticed", false),
                OffsetDateTime.now());
        kafka.send(TestApplication.TOPIC, "other", EventJson.write(other)).get();
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(meters.find("onewindow.consumer.events")
                                .tag("result", "ignored")
                                .tag("type", "ThingNoticed")
                                .counter())
                        .isNotNull()
                        .satisfies(counter -> assertThat(counter.count()).isGreaterThanOrEqualTo(1)));
        assertThat(appliedCount("noticed")).isZero();
        assertThat(jdbc.sql("select count(*) from processed_event where event_id = :id")
                        .param("id", other.eventId())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void severalModelsFedByOneListenerEachApplyAnEventOnceInOneTransaction() {
        var envelope = EventEnvelope.of(
                TestApplication.THING_HAPPENED,
                "models",
                new TestApplication.Thing("models", false),
                OffsetDateTime.now());
        var record = new ConsumerRecord<>(TestApplication.TOPIC, 0, 0L, "models", EventJson.write(envelope));
        var seen = new ArrayList<String>();
        var statistics = EventHandlers.named("model-statistics")
                .on(TestApplication.THING_HAPPENED, thing -> seen.add("statistics"));
        var results =
                EventHandlers.named("model-results").on(TestApplication.THING_HAPPENED, thing -> seen.add("results"));
        var evaluations = EventHandlers.named("model-evaluations")
                .on(TestApplication.THING_NOTICED, thing -> seen.add("evaluations"));
        // results was rebuilt alone and has applied it already
        jdbc.sql(
                        "insert into processed_event (consumer, event_id, event_type, event_key) values ('model-results', :id, 'ThingHappened', 'models')")
                .param("id", envelope.eventId())
                .update();

        var applied = inbox.applyEach(List.of(statistics, results, evaluations), record);

        assertThat(applied).containsExactly("model-statistics");
        assertThat(seen).containsExactly("statistics");
        assertThat(processedBy(envelope)).containsExactlyInAnyOrder("model-statistics", "model-results");
        assertThat(inbox.applyEach(List.of(statistics, results, evaluations), record))
                .isEmpty();
    }

    @Test
    void oneModelFailingRollsBackTheOthersSoTheEventIsRetriedWhole() {
        var envelope = EventEnvelope.of(
                TestApplication.THING_HAPPENED, "half", new TestApplication.Thing("half", false), OffsetDateTime.now());
        var record = new ConsumerRecord<>(TestApplication.TOPIC, 0, 0L, "half", EventJson.write(envelope));
        var first = EventHandlers.named("model-first")
                .on(
                        TestApplication.THING_HAPPENED,
                        (event, thing) -> jdbc.sql("insert into applied_effect (event_id, name) values (:id, 'half')")
                                .param("id", event.eventId())
                                .update());
        var failing = EventHandlers.named("model-failing").on(TestApplication.THING_HAPPENED, thing -> {
            throw new IllegalStateException("this model fails");
        });

        assertThatThrownBy(() -> inbox.applyEach(List.of(first, failing), record))
                .hasMessageContaining("this model fails");

        assertThat(appliedCount("half")).isZero();
        assertThat(processedBy(envelope)).isEmpty();
    }

    @Test
    void twoModelsOfOneNameAreRefusedBeforeAnythingIsWritten() {
        var envelope = EventEnvelope.of(
                TestApplication.THING_HAPPENED,
                "twins",
                new TestApplication.Thing("twins", false),
                OffsetDateTime.now());
        var record = new ConsumerRecord<>(TestApplication.TOPIC, 0, 0L, "twins", EventJson.write(envelope));
        var seen = new ArrayList<String>();
        var one = EventHandlers.named("model-twin").on(TestApplication.THING_HAPPENED, thing -> seen.add("one"));
        var other = EventHandlers.named("model-twin").on(TestApplication.THING_HAPPENED, thing -> seen.add("other"));

        assertThatThrownBy(() -> inbox.applyEach(List.of(one, other), record))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(seen).isEmpty();
        assertThat(processedBy(envelope)).isEmpty();
    }

    private List<String> processedBy(EventEnvelope envelope) {
        return jdbc.sql("select consumer from processed_event where event_id = :id")
                .param("id", envelope.eventId())
                .query(String.class)
                .list();
    }

    @Test
    void poisonMessagesGoToTheDeadLetterTopicAndConsumptionGoesOn() throws Exception {
        var failing = EventJson.write(EventEnvelope.of(
                TestApplication.THING_HAPPENED,
                "poison",
                new TestApplication.Thing("always-fails", true),
                OffsetDateTime.now()));
        kafka.send(TestApplication.TOPIC, "poison", "{this is not an event").get();
        kafka.send(TestApplication.TOPIC, "poison", failing).get();
        things.create("after-poison", false);

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(appliedCount("after-poison")).isEqualTo(1));
        var deadLetters = InfrastructureSupport.readUntil(
                Topics.deadLetterOf(TestApplication.TOPIC), Duration.ofSeconds(30), seen -> seen.size() >= 2);
        assertThat(deadLetters).extracting(ConsumerRecord::value).contains("{this is not an event", failing);
        var failed = deadLetters.stream()
                .filter(r -> r.value().equals(failing))
                .findFirst()
                .orElseThrow();
        assertThat(new String(
                        failed.headers()
                                .lastHeader("kafka_dlt-exception-message")
                                .value(),
                        StandardCharsets.UTF_8))
                .contains("this effect always fails");
        assertThat(appliedCount("always-fails")).isZero();
        assertThat(meters.get("onewindow.consumer.dead.letters").counter().count())
                .isGreaterThanOrEqualTo(2);
    }

    private int attemptsOf(String name) {
        return jdbc.sql("select coalesce(max(attempts), 0) from outbox_event where envelope like :pattern")
                .param("pattern", "%\"" + name + "\"%")
                .query(Integer.class)
                .single();
    }

    private long appliedCount(String name) {
        return jdbc.sql("select count(*) from applied_effect where name = :name")
                .param("name", name)
                .query(Long.class)
                .single();
    }

    private static List<String> names(List<ConsumerRecord<String, String>> records) {
        return records.stream()
                .map(r -> {
                    try {
                        return EventJson.read(r.value()).payload().get("name").asString();
                    } catch (RuntimeException e) {
                        return "<unreadable>";
                    }
                })
                .toList();
    }
}
