package org.onewindow.review.task;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.onewindow.review.casefile.CaseState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The queues' reads of review's cases, most waiting first; review_case is written by casefile alone. */
@Repository
class TaskStore {

    private static final int LIMIT = 200;

    private static final String SELECT = """
            select c.case_no, c.item_name, c.status, c.submitted_at, c.accepted_on, c.promised_days, c.paused_days,
                   c.extension_days, c.paused_since, c.special_procedure, c.special_since, c.deadline,
                   (select min(g.gap_deadline) from review_gap_material g
                    where g.case_no = c.case_no and g.provided_at is null) as gap_deadline
            from review_case c
            """;

    private final JdbcClient jdbc;

    TaskStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A case in a queue: what the task shows and the clock it is judged by. */
    record Row(
            String caseNo,
            String itemName,
            String status,
            OffsetDateTime submittedAt,
            CaseState.Timing timing,
            LocalDate gapDeadline) {}

    List<Row> toAccept() {
        return query("where c.status = 'SUBMITTED'", null);
    }

    List<Row> awaitingOpinionOf(String department) {
        return query("""
                where c.status in ('ACCEPTED', 'IN_REVIEW') and :department = any(c.review_departments)
                  and not exists (select 1 from review_opinion o where o.case_no = c.case_no and o.department = :department)
                """, department);
    }

    List<Row> toDecide() {
        return query("""
                where c.status = 'IN_REVIEW'
                  and cardinality(c.review_departments) = (select count(*) from review_opinion o where o.case_no = c.case_no)
                """, null);
    }

    /** Running cases with a gap material still outstanding after its deadline. */
    List<Row> gapOverdue(LocalDate today) {
        var spec = jdbc.sql(SELECT + """
                        where c.status in ('ACCEPTED', 'IN_REVIEW', 'SUPPLEMENT_REQUESTED')
                          and exists (select 1 from review_gap_material g where g.case_no = c.case_no
                                      and g.provided_at is null and g.gap_deadline < :today)
                        order by c.submitted_at limit
                        """ + LIMIT).param("today", today);
        return spec.query(TaskStore::map).list();
    }

    private List<Row> query(String where, String department) {
        var spec = jdbc.sql(SELECT + where + " order by c.submitted_at limit " + LIMIT);
        if (department != null) {
            spec = spec.param("department", department);
        }
        return spec.query(TaskStore::map).list();
    }

    private static Row map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(
                rs.getString("case_no"),
                rs.getString("item_name"),
                rs.getString("status"),
                rs.getObject("submitted_at", OffsetDateTime.class),
                new CaseState.Timing(
                        rs.getObject("accepted_on", LocalDate.class),
                        rs.getInt("promised_days"),
                        rs.getInt("paused_days"),
                        rs.getInt("extension_days"),
                        rs.getObject("paused_since", LocalDate.class),
                        rs.getString("special_procedure"),
                        rs.getObject("special_since", LocalDate.class),
                        rs.getObject("deadline", LocalDate.class)),
                rs.getObject("gap_deadline", LocalDate.class));
    }
}
