package org.onewindow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onewindow.platform.testsupport.InfrastructureSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The relay is woken by the commit, not only by its poll: here the poll comes once an hour, and
 * the database is this test's own, so no other relay can send the event in its place.
 */
@SpringBootTest(
        classes = TestApplication.class,
        properties = {"onewindow.outbox.poll-interval=1h", "spring.kafka.listener.auto-startup=false"})
class OutboxWakeUpIntegrationTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        InfrastructureSupport.register(registry, "platform_wakeup_test");
    }

    @Autowired
    TestApplication.Things things;

    @Test
    void aCommittedEventLeavesAtOnceRatherThanAtTheNextPoll() {
        var name = "woken-" + UUID.randomUUID();

        things.create(name, false);

        var records = InfrastructureSupport.readUntil(
                TestApplication.TOPIC,
                Duration.ofSeconds(20),
                seen -> seen.stream().anyMatch(r -> r.value().contains(name)));
        assertThat(records).anyMatch(r -> r.value().contains(name));
    }
}
