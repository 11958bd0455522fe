package org.onewindow.disclosure.evaluation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.onewindow.contracts.application.ApplicationEvaluated;
import org.onewindow.disclosure.statistics.Period;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rectification read model and the department's own steps (rectification_step), which exist
 * nowhere else. Reads public_item only to name the item and hide confidential ones.
 */
@Component
class RectificationStore {

    enum Step {
        CALL_BACK,
        REPORT
    }

    /** A rectification as stored: the instants of its steps, no due dates (those are counted on read). */
    record Row(
            String caseNo,
            String itemCode,
            String itemName,
            String department,
            int level,
            OffsetDateTime openedAt,
            OffsetDateTime calledBackAt,
            OffsetDateTime reportedAt,
            String report) {}

    private static final String SELECT = """
            select r.case_no, r.item_code, i.name as item_name, r.department, r.level, r.opened_at,
                   c.done_at as called_back_at, p.done_at as reported_at, p.note as report
            from rectification r
            left join public_item i on i.code = r.item_code
            left join rectification_step c on c.case_no = r.case_no and c.step = 'CALL_BACK'
            left join rectification_step p on p.case_no = r.case_no and p.step = 'REPORT'
            """;

    private final JdbcClient jdbc;

    RectificationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Opens the case's one rectification; a later poor rating of the same case opens none. */
    void open(ApplicationEvaluated evaluated) {
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

    Optional<Row> find(String caseNo) {
        return jdbc.sql(SELECT + " where r.case_no = :caseNo")
                .param("caseNo", caseNo)
                .query((rs, n) -> row(rs))
                .optional();
    }

    /** Opened in the period, newest first; confidential items' rectifications are never listed. */
    List<Row> opened(Period period, String department, int limit, int offset) {
        return jdbc.sql(SELECT + """
                        where r.opened_at >= :start and r.opened_at < :end and not coalesce(i.confidential, false)
                          and (cast(:department as varchar) is null or r.department = :department)
                        order by r.opened_at desc, r.case_no limit :limit offset :offset
                        """)
                .param("start", period.start())
                .param("end", period.end())
                .param("department", department)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> row(rs))
                .list();
    }

    /** @return false when the step was already recorded */
    boolean recordStep(String caseNo, Step step, String note, String by, OffsetDateTime at) {
        return jdbc.sql("""
                                insert into rectification_step (case_no, step, note, done_by, done_at)
                                values (:caseNo, :step, :note, :by, :at)
                                on conflict (case_no, step) do nothing
                                """)
                        .param("caseNo", caseNo)
                        .param("step", step.name())
                        .param("note", note)
                        .param("by", by)
                        .param("at", at)
                        .update()
                == 1;
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(
                rs.getString("case_no"),
                rs.getString("item_code"),
                rs.getString("item_name"),
                rs.getString("department"),
                rs.getInt("level"),
                rs.getObject("opened_at", OffsetDateTime.class),
                rs.getObject("called_back_at", OffsetDateTime.class),
                rs.getObject("reported_at", OffsetDateTime.class),
                rs.getString("report"));
    }
}
