package org.onewindow.review.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.onewindow.contracts.EventJson;
import org.onewindow.contracts.Topics;
import org.onewindow.platform.testsupport.InfrastructureSupport;
import org.onewindow.review.ReviewServiceApplication;
import org.onewindow.review.ReviewTestEvents;
import org.onewindow.review.calendar.Calendars;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Deemed acceptance after 5 working days, and each warning transition announced once, even by two sweeps at once. */
@SpringBootTest(classes = ReviewServiceApplication.class)
class DeadlineSweepIntegrationTest {

    static final String ITEM = ReviewTestEvents.ITEM;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        InfrastructureSupport.register(registry, "review_sweep_test");
    }

    @Autowired
    DeadlineSweep sweep;

    @Autowired
    Calendars calendars;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    java.time.Clock clock;

    @Test
    void deemsAcceptanceThenWarnsOnceAndFlagsOverdueOnce() throws Exception {
        ReviewTestEvents.publishItem(kafka);
        var caseNo = ITEM + "202603169001";
        ReviewTestEvents.submit(kafka, caseNo, "WINDOW");
        await().atMost(Duration.ofSeconds(30)).until(() -> status(caseNo) != null);

        var calendar = calendars.current();
        // the bureau's day (Asia/Shanghai), not the test machine's
        var receivedOn = LocalDate.now(clock);
        assertThat(sweep.sweep(calendar.plusWorkingDays(receivedOn, 4)))
                .as("4 working days: not yet")
                .isZero();
        assertThat(status(caseNo)).isEqualTo("SUBMITTED");
        sweep.sweep(calendar.plusWorkingDays(receivedOn, 5));
        assertThat(status(caseNo)).isEqualTo("ACCEPTED");

        var deadline = jdbc.sql("select deadline from review_case where case_no = :c")
                .param("c", caseNo)
                .query(LocalDate.class)
                .single();
        assertThat(deadline).isEqualTo(calendar.plusWorkingDays(receivedOn, 12));
        var nearTheEnd = calendar.plusWorkingDays(receivedOn, 10);
        sweep.sweep(nearTheEnd);
        sweep.sweep(nearTheEnd);

        var pastIt = deadline.plusDays(3);
        var pool = Executors.newFixedThreadPool(2);
        List<Callable<Integer>> twoInstances = List.of(() -> sweep.sweep(pastIt), () -> sweep.sweep(pastIt));
        for (var result : pool.invokeAll(twoInstances)) {
            result.get();
        }
        pool.shutdown();

        var types = InfrastructureSupport.readUntil(
                        Topics.REVIEW,
                        Duration.ofSeconds(30),
                        seen -> seen.stream()
                                .anyMatch(
                                        r -> caseNo.equals(r.key()) && r.value().contains("CaseOverdue")))
                .stream()
                .filter(r -> caseNo.equals(r.key()))
                .map(r -> EventJson.read(r.value()))
                .toList();
        assertThat(types).extracting(e -> e.type()).containsExactly("CaseAccepted", "DeadlineWarning", "CaseOverdue");
        assertThat(types.get(0).payload().get("deemed").asBoolean()).isTrue();
        assertThat(jdbc.sql("select action from audit_entry where case_no = :c order by sequence")
                        .param("c", caseNo)
                        .query(String.class)
                        .list())
                .containsExactly("RECEIVED", "DEEMED_ACCEPTED");
    }

    private String status(String caseNo) {
        return jdbc.sql("select status from review_case where case_no = :c")
                .param("c", caseNo)
                .query(String.class)
                .optional()
                .orElse(null);
    }
}
