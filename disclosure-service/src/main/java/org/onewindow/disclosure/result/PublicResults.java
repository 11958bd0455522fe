package org.onewindow.disclosure.result;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.onewindow.contracts.EventTypes;
import org.onewindow.contracts.Topics;
import org.onewindow.platform.messaging.EventInbox;
import org.onewindow.platform.privacy.Masking;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Decision results for the public: who (masked), which item, what was decided and when.
 * The applicant comes from application.v1, the decision from review.v1, in either order; a
 * result appears once both are in. Only the masked name is ever stored here.
 */
@RestController
class PublicResults {

    private final JdbcClient jdbc;
    private final EventInbox inbox;

    PublicResults(JdbcClient jdbc, EventInbox inbox) {
        this.jdbc = jdbc;
        this.inbox = inbox;
    }

    record Result(
            String caseNo,
            String itemCode,
            String itemName,
            String applicant,
            String outcome,
            OffsetDateTime decidedAt) {}

    @KafkaListener(
            topics = {Topics.APPLICATION, Topics.REVIEW},
            groupId = "${onewindow.disclosure.consumer-group:disclosure-service}-results")
    void on(ConsumerRecord<String, String> record) {
        inbox.apply("disclosure-results", record, Set.of("ApplicationSubmitted", "DecisionMade"), envelope -> {
            switch (envelope.type()) {
                case "ApplicationSubmitted" -> {
                    var submitted = envelope.payloadAs(EventTypes.APPLICATION_SUBMITTED);
                    var applicant = submitted.applicant();
                    jdbc.sql("""
                                    insert into public_result (case_no, item_code, applicant_display) values (:caseNo, :item, :display)
                                    on conflict (case_no) do update set item_code = excluded.item_code,
                                        applicant_display = excluded.applicant_display
                                    """)
                            .param("caseNo", submitted.caseNo())
                            .param("item", submitted.itemCode())
                            .param("display", Masking.name(applicant.name(), "NATURAL_PERSON".equals(applicant.type())))
                            .update();
                }
                case "DecisionMade" -> {
                    var decision = envelope.payloadAs(EventTypes.DECISION_MADE);
                    jdbc.sql("""
                                    insert into public_result (case_no, outcome, reason, decided_at) values (:caseNo, :outcome, :reason, :at)
                                    on conflict (case_no) do update set outcome = excluded.outcome, reason = excluded.reason,
                                        decided_at = excluded.decided_at
                                    """)
                            .param("caseNo", decision.caseNo())
                            .param("outcome", "APPROVE".equals(decision.decision()) ? "APPROVED" : "DENIED")
                            .param("reason", decision.reason())
                            .param("at", decision.decidedAt())
                            .update();
                }
                default -> {
                    // the other steps are not part of a published result; statistics read them
                }
            }
        });
    }

    @GetMapping("/api/disclosure/results")
    List<Result> results(
            @RequestParam(required = false) String itemCode,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        int limit = Math.min(Math.max(size, 1), 100);
        return jdbc.sql("""
                        select r.case_no, r.item_code, i.name as item_name, r.applicant_display, r.outcome, r.decided_at
                        from public_result r join public_item i on i.code = r.item_code
                        where r.outcome is not null and r.applicant_display is not null and not i.confidential
                          and (cast(:item as varchar) is null or r.item_code = :item)
                        order by r.decided_at desc, r.case_no limit :limit offset :offset
                        """)
                .param("item", itemCode)
                .param("limit", limit)
                .param("offset", Math.max(page, 0) * limit)
                .query((rs, n) -> new Result(
                        rs.getString("case_no"),
                        rs.getString("item_code"),
                        rs.getString("item_name"),
                        rs.getString("applicant_display"),
                        rs.getString("outcome"),
                        rs.getObject("decided_at", OffsetDateTime.class)))
                .list();
    }
}
