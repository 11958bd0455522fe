package org.onewindow.disclosure.statistics;

import java.time.OffsetDateTime;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.onewindow.contracts.EventTypes;
import org.onewindow.contracts.Topics;
import org.onewindow.platform.messaging.EventInbox;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * The statistics' read model: one row per case, each event setting only the columns it knows.
 * The two topics arrive in no particular order between them, so every write is an upsert that
 * keeps the first time a step happened; nothing personal is kept.
 */
@Component
class CaseFacts {

    private static final Set<String> COUNTED = Set.of(
            "ApplicationSubmitted",
            "ApplicationWithdrawn",
            "CaseAccepted",
            "CaseNotAccepted",
            "DecisionMade",
            "CaseOverdue",
            "CaseCompleted");

    private final JdbcClient jdbc;
    private final EventInbox inbox;

    CaseFacts(JdbcClient jdbc, EventInbox inbox) {
        this.jdbc = jdbc;
        this.inbox = inbox;
    }

    @KafkaListener(
            topics = {Topics.APPLICATION, Topics.REVIEW},
            groupId = "${onewindow.disclosure.consumer-group:disclosure-service}-statistics")
    void on(ConsumerRecord<String, String> record) {
        inbox.apply("disclosure-statistics", record, COUNTED, envelope -> {
            switch (envelope.type()) {
                case "ApplicationSubmitted" -> {
                    var submitted = envelope.payloadAs(EventTypes.APPLICATION_SUBMITTED);
                    jdbc.sql("""
                                    insert into case_fact (case_no, item_code, department, channel, received_at)
                                    values (:caseNo, :item, :department, :channel, :at)
                                    on conflict (case_no) do update set item_code = excluded.item_code,
                                        department = excluded.department, channel = excluded.channel,
                                        received_at = coalesce(case_fact.received_at, excluded.received_at)
                                    """)
                            .param("caseNo", submitted.caseNo())
                            .param("item", submitted.itemCode())
                            .param("department", submitted.department())
                            .param("channel", submitted.channel())
                            .param("at", submitted.submittedAt())
                            .update();
                }
                case "ApplicationWithdrawn" ->
                    mark(
                            envelope.key(),
                            "withdrawn_at",
                            envelope.payloadAs(EventTypes.APPLICATION_WITHDRAWN).withdrawnAt());
                case "CaseAccepted" ->
                    mark(
                            envelope.key(),
                            "accepted_at",
                            envelope.payloadAs(EventTypes.CASE_ACCEPTED).acceptedAt());
                case "CaseNotAccepted" ->
                    mark(
                            envelope.key(),
                            "not_accepted_at",
                            envelope.payloadAs(EventTypes.CASE_NOT_ACCEPTED).decidedAt());
                case "DecisionMade" ->
                    mark(
                            envelope.key(),
                            "decided_at",
                            envelope.payloadAs(EventTypes.DECISION_MADE).decidedAt());
                case "CaseOverdue" ->
                    mark(
                            envelope.key(),
                            "overdue_since",
                            envelope.payloadAs(EventTypes.CASE_OVERDUE).at());
                case "CaseCompleted" -> {
                    var completed = envelope.payloadAs(EventTypes.CASE_COMPLETED);
                    jdbc.sql("""
                                    insert into case_fact (case_no, completed_at, working_days, on_time)
                                    values (:caseNo, :at, :days, :onTime)
                                    on conflict (case_no) do update set completed_at = excluded.completed_at,
                                        working_days = excluded.working_days, on_time = excluded.on_time
                                    """)
                            .param("caseNo", completed.caseNo())
                            .param("at", completed.completedAt())
                            .param("days", completed.workingDays())
                            .param("onTime", completed.onTime())
                            .update();
                }
                default -> {
                    // the other steps do not change a published figure
                }
            }
        });
    }

    /** Records when a step first happened; a redelivered or repeated event keeps the first time. */
    private void mark(String caseNo, String column, OffsetDateTime at) {
        jdbc.sql("insert into case_fact (case_no, " + column
                        + ") values (:caseNo, :at) on conflict (case_no) do update set " + column
                        + " = coalesce(case_fact." + column + ", excluded." + column + ")")
                .param("caseNo", caseNo)
                .param("at", at)
                .update();
    }
}
