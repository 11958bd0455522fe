package org.onewindow.disclosure.result;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The public_result read model; reads public_item only to name the item and hide confidential ones. */
@Component
class PublicResultStore {

    private final JdbcClient jdbc;

    PublicResultStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void saveApplicant(String caseNo, String itemCode, String applicantDisplay) {
        jdbc.sql("""
                        insert into public_result (case_no, item_code, applicant_display) values (:caseNo, :item, :display)
                        on conflict (case_no) do update set item_code = excluded.item_code,
                            applicant_display = excluded.applicant_display
                        """)
                .param("caseNo", caseNo)
                .param("item", itemCode)
                .param("display", applicantDisplay)
                .update();
    }

    void saveDecision(String caseNo, String outcome, String reason, OffsetDateTime decidedAt) {
        jdbc.sql("""
                        insert into public_result (case_no, outcome, reason, decided_at) values (:caseNo, :outcome, :reason, :at)
                        on conflict (case_no) do update set outcome = excluded.outcome, reason = excluded.reason,
                            decided_at = excluded.decided_at
                        """)
                .param("caseNo", caseNo)
                .param("outcome", outcome)
                .param("reason", reason)
                .param("at", decidedAt)
                .update();
    }

    List<Result> published(String itemCode, int limit, int offset) {
        return jdbc.sql("""
                        select r.case_no, r.item_code, i.name as item_name, r.applicant_display, r.outcome, r.decided_at
                        from public_result r join public_item i on i.code = r.item_code
                        where r.outcome is not null and r.applicant_display is not null and not i.confidential
                          and (cast(:item as varchar) is null or r.item_code = :item)
                        order by r.decided_at desc, r.case_no limit :limit offset :offset
                        """)
                .param("item", itemCode)
                .param("limit", limit)
                .param("offset", offset)
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
