package org.onewindow.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onewindow.contracts.EventEnvelope;
import org.onewindow.contracts.EventJson;
import org.onewindow.contracts.Topics;
import org.onewindow.platform.testsupport.InfrastructureSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * A batch listener applies a poll in one transaction (issue 16: one commit, not one a record), and
 * a record that fails in the middle is dead-lettered alone, under its own exception, while the
 * records around it are applied once each.
 */
class BatchInboxIntegrationTest extends PlatformIntegrationTest {

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPollIsAppliedInOneTransaction() throws Exception {
        var run = "one-" + UUID.randomUUID().toString().substring(0, 8);
        var names = List.of(run + "-a", run + "-b", run + "-c", run + "-d", run + "-e");
        sendWhileStopped(run, names.stream().map(n -> thing(run, n, false)).toList());

        await().atMost(Duration.ofSeconds(30)).until(() -> applied(run).size() == names.size());

        assertThat(applied(run).stream().map(row -> row.split(" ")[0])).containsExactlyInAnyOrderElementsOf(names);
        assertThat(applied(run).stream().map(row -> row.split(" ")[1]).distinct())
                .as("one transaction id for the whole poll")
                .hasSize(1);
    }

    @Test
    void aRecordFailingInTheMiddleIsDeadLetteredAloneAndTheOthersAppliedOnce() throws Exception {
        var run = "mid-" + UUID.randomUUID().toString().substring(0, 8);
        var poison = thing(run, run + "-poison", true);
        sendWhileStopped(
                run,
                List.of(
                        thing(run, run + "-a", false),
                        thing(run, run + "-b", false),
                        poison,
                        thing(run, run + "-d", false)));

        await().atMost(Duration.ofSeconds(60)).until(() -> deadLetters(run).size() == 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> applied(run).size() == 3);

        assertThat(deadLetters(run))
                .as("the poison alone, under its own exception, not the batch's wrapper")
                .containsExactly(IllegalStateException.class.getName());
        assertThat(applied(run).stream().map(row -> row.split(" ")[0]))
                .containsExactlyInAnyOrder(run + "-a", run + "-b", run + "-d");
        assertThat(jdbc.sql("select count(*) from processed_event where consumer = 'batch-thing-listener'"
                                + " and event_key = :key")
                        .param("key", run)
                        .query(Long.class)
                        .single())
                .as("each good record applied once")
                .isEqualTo(3);
        var onTheDlt = InfrastructureSupport.readUntil(
                Topics.deadLetterOf(TestApplication.BATCH_TOPIC),
                Duration.ofSeconds(30),
                seen -> seen.stream().anyMatch(r -> r.value().contains(run + "-poison")));
        assertThat(onTheDlt.stream().filter(r -> r.value().contains(run)))
                .allMatch(r -> r.value().contains(run + "-poison"));
    }

    private static EventEnvelope thing(String run, String name, boolean fail) {
        return EventEnvelope.of(
                TestApplication.BATCH_THING, run, new TestApplication.Thing(name, fail), OffsetDateTime.now());
    }

    /** Sent while the listener is stopped, so that its next poll takes them all (one key: one partition). */
    private void sendWhileStopped(String key, List<EventEnvelope> events) throws Exception {
        var container = listeners.getListenerContainer(TestApplication.BatchThingListener.ID);
        container.stop();
        try {
            for (var event : events) {
                kafka.send(TestApplication.BATCH_TOPIC, key, EventJson.write(event))
                        .get();
            }
        } finally {
            container.start();
        }
    }

    private List<String> applied(String run) {
        return jdbc.sql("select name from applied_effect where name like :run")
                .param("run", run + "-%")
                .query(String.class)
                .list();
    }

    private List<String> deadLetters(String run) {
        return jdbc.sql("select exception_class from dead_letter where record_key = :key")
                .param("key", run)
                .query(String.class)
                .list();
    }
}
