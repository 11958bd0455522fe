package org.onewindow.application.provincial;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.UUID;
import org.onewindow.application.timeline.TimelineAppended;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records a status message for the province in the transaction that changed the status, so a
 * change is never reported without happening, nor happens without being reported.
 */
@Component
class ProvincialOutbox {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ProvincialProperties properties;
    private final Clock clock;

    ProvincialOutbox(JdbcClient jdbc, JsonMapper json, ProvincialProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.properties = properties;
        this.clock = clock;
    }

    private record CaseRef(String caseNo, String itemCode) {}

    @EventListener
    void on(TimelineAppended appended) {
        if (!properties.enabled()) {
            return;
        }
        var entry = appended.entry();
        var codes = ExchangeCodes.of(entry.action(), properties.supplementEndCode());
        if (codes.isEmpty()) {
            return;
        }
        var application = jdbc.sql("select case_no, item_code from application where id = :id")
                .param("id", appended.applicationId())
                .query((rs, n) -> new CaseRef(rs.getString("case_no"), rs.getString("item_code")))
                .single();
        var now = OffsetDateTime.now(clock);
        for (var code : codes) {
            var messageId = UUID.randomUUID();
            // only what the province needs to follow the case: no applicant, no form
            var message = new LinkedHashMap<String, Object>();
            message.put("messageId", messageId.toString());
            message.put("exchangeCode", code);
            message.put("caseNo", application.caseNo());
            message.put("itemCode", application.itemCode());
            message.put("status", entry.status());
            message.put("channel", entry.channel());
            message.put("occurredAt", entry.at().toString());
            var body = json.writeValueAsString(message);
            jdbc.sql("""
                            insert into provincial_message (message_id, case_no, exchange_code, body, body_sha256,
                                next_attempt_at, created_at)
                            values (:messageId, :caseNo, :code, :body, :sha, :now, :now)
                            """)
                    .param("messageId", messageId)
                    .param("caseNo", application.caseNo())
                    .param("code", code)
                    .param("body", body)
                    .param("sha", MessageSigner.sha256(body))
                    .param("now", now)
                    .update();
        }
    }
}
