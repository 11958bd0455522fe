package org.onewindow.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.onewindow.contracts.Topics;
import org.onewindow.platform.testsupport.InfrastructureSupport;
import org.onewindow.platform.testsupport.Tokens;
import org.onewindow.platform.web.CorrelationIdFilter;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A record a consumer gives up on is kept in the service's database as well as on its DLT, a
 * supervisor lists it and sends it again once the cause is repaired; a record that is only not
 * ready yet is retried until it is, and never dead-lettered.
 */
class DeadLetterIntegrationTest extends PlatformIntegrationTest {

    private static final String DEAD_LETTERS = "/api/test/dead-letters";

    @Autowired
    TestApplication.Things things;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    MeterRegistry meters;

    @Test
    void aDeadLetterIsListedToSupervisorsAndRedrivenOnceAfterTheCauseIsRepaired() throws Exception {
        var name = "fixable-" + UUID.randomUUID();
        var correlation = "corr-" + UUID.randomUUID();
        TestApplication.ThingListener.BROKEN.add(name);
        MDC.put(CorrelationIdFilter.MDC_KEY, correlation);
        try {
            things.create(name, false);
        } finally {
            MDC.remove(CorrelationIdFilter.MDC_KEY);
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> deadLetterId(name) != null);
        long id = deadLetterId(name);
        var onTheDlt = InfrastructureSupport.readUntil(
                Topics.deadLetterOf(TestApplication.TOPIC),
                Duration.ofSeconds(30),
                seen -> seen.stream().anyMatch(r -> r.value().contains(name)));
        assertThat(onTheDlt).extracting(ConsumerRecord::value).anyMatch(v -> v.contains(name));
        assertThat(meters.get("onewindow.dead.letters.pending").gauge().value()).isGreaterThanOrEqualTo(1.0);

        mvc.perform(get(DEAD_LETTERS).param("redriven", "false").with(Tokens.role("supervisor")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.items[0].id").value(id)) // newest first
                .andExpect(jsonPath("$.items[0].consumerGroup").value("platform-test"))
                .andExpect(jsonPath("$.items[0].topic").value(TestApplication.TOPIC))
                .andExpect(jsonPath("$.items[0].key").value(name))
                .andExpect(jsonPath("$.items[0].correlationId").value(correlation))
                .andExpect(jsonPath("$.items[0].exceptionClass").value(IllegalStateException.class.getName()))
                .andExpect(jsonPath("$.items[0].exceptionMessage").value("broken until the test repairs it"))
                .andExpect(jsonPath("$.items[0].redrivenAt").doesNotExist());
        mvc.perform(get(DEAD_LETTERS).with(Tokens.staff("clerk", "clerk", "service-hall")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post(DEAD_LETTERS + "/" + id + "/redrive").with(Tokens.role("approver")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get(DEAD_LETTERS))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:unauthorized"));
        assertThat(appliedCount(name)).isZero();
        double redrivenBefore = redrives();

        TestApplication.ThingListener.BROKEN.remove(name);
        mvc.perform(post(DEAD_LETTERS + "/" + id + "/redrive").with(Tokens.role("supervisor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.redrivenBy").value("supervisor"))
                .andExpect(jsonPath("$.redrivenAt").isNotEmpty());

        await().atMost(Duration.ofSeconds(30)).until(() -> appliedCount(name) == 1);
        var redriven = InfrastructureSupport.readUntil(
                TestApplication.TOPIC,
                Duration.ofSeconds(30),
                seen -> seen.stream().filter(r -> r.value().contains(name)).count() >= 2);
        var again = redriven.stream()
                .filter(r -> r.value().contains(name))
                .skip(1)
                .findFirst()
                .orElseThrow();
        assertThat(again.key()).isEqualTo(name);
        assertThat(new String(again.headers().lastHeader("correlationId").value(), StandardCharsets.UTF_8))
                .isEqualTo(correlation);
        assertThat(redrives()).isEqualTo(redrivenBefore + 1);

        mvc.perform(post(DEAD_LETTERS + "/" + id + "/redrive").with(Tokens.role("supervisor")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:conflict"));
        mvc.perform(get(DEAD_LETTERS).param("redriven", "false").with(Tokens.role("supervisor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == " + id + ")]").isEmpty());
        mvc.perform(post(DEAD_LETTERS + "/999999/redrive").with(Tokens.role("supervisor")))
                .andExpect(status().isNotFound());
        assertThat(redrives()).isEqualTo(redrivenBefore + 1);
        assertThat(appliedCount(name)).isEqualTo(1);
    }

    @Test
    void anEventNotReadyIsRetriedPastTheAttemptLimitAndAppliedNeverDeadLettered() {
        var name = "not-ready-" + UUID.randomUUID();
        // more deliveries than onewindow.consumer.max-attempts (3) would allow a failing record
        TestApplication.ThingListener.NOT_READY.put(name, new AtomicInteger(5));

        things.create(name, false);

        await().atMost(Duration.ofSeconds(60)).until(() -> appliedCount(name) == 1);
        assertThat(TestApplication.ThingListener.NOT_READY.get(name).get()).isNegative();
        assertThat(deadLetterId(name)).isNull();
        var deadLetters = InfrastructureSupport.readUntil(
                Topics.deadLetterOf(TestApplication.TOPIC), Duration.ofSeconds(5), seen -> false);
        assertThat(deadLetters).noneMatch(r -> r.value().contains(name));
    }

    private Long deadLetterId(String name) {
        return jdbc.sql("select id from dead_letter where record_key = :name order by id desc limit 1")
                .param("name", name)
                .query(Long.class)
                .optional()
                .orElse(null);
    }

    private long appliedCount(String name) {
        return jdbc.sql("select count(*) from applied_effect where name = :name")
                .param("name", name)
                .query(Long.class)
                .single();
    }

    private double redrives() {
        return meters.get("onewindow.dead.letters.redriven").counter().count();
    }
}
