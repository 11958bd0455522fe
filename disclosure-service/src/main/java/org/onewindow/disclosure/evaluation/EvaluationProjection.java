package org.onewindow.disclosure.evaluation;

import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.onewindow.contracts.EventTypes;
import org.onewindow.contracts.Topics;
import org.onewindow.platform.messaging.EventInbox;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Evaluations as the public figures need them: the level, never the comment (it is the
 * applicant's own words and may name people). A poor review opens the case's rectification once.
 */
@Component
class EvaluationProjection {

    static final int POOR = 2;

    private final JdbcClient jdbc;
    private final EventInbox inbox;

    EvaluationProjection(JdbcClient jdbc, EventInbox inbox) {
        this.jdbc = jdbc;
        this.inbox = inbox;
    }

    @KafkaListener(
            topics = Topics.APPLICATION,
            groupId = "${onewindow.disclosure.consumer-group:disclosure-service}-evaluations")
    void on(ConsumerRecord<String, String> record) {
        inbox.apply("disclosure-evaluations", record, Set.of("ApplicationEvaluated"), envelope -> {
            var evaluated = envelope.payloadAs(EventTypes.APPLICATION_EVALUATED);
            // the follow-up after a rectification replaces the first rating, never the reverse
            jdbc.sql("""
                            insert into evaluation (case_no, item_code, department, level, evaluated_at)
                            values (:caseNo, :item, :department, :level, :at)
                            on conflict (case_no) do update set level = excluded.level,
                                evaluated_at = excluded.evaluated_at
                            where evaluation.evaluated_at < excluded.evaluated_at
                            """)
                    .param("caseNo", evaluated.caseNo())
                    .param("item", evaluated.itemCode())
                    .param("department", evaluated.department())
                    .param("level", evaluated.level())
                    .param("at", evaluated.evaluatedAt())
                    .update();
            if (evaluated.level() <= POOR) {
                jdbc.sql("""
                                insert into rectification (case_no, item_code, department, level, opened_at)
                                values (:caseNo, :item, :department, :level, :at)
                                on conflict (case_no) do nothing
                                """)
                        .param("caseNo", evaluated.caseNo())
                        .param("item", evaluated.itemCode())
                        .param("department", evaluated.department())
                        .param("level", evaluated.level())
                        .param("at", evaluated.evaluatedAt())
                        .update();
            }
        });
    }
}
