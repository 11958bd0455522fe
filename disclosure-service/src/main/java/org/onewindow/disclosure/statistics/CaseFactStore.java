package org.onewindow.disclosure.statistics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import org.onewindow.contracts.application.ApplicationSubmitted;
import org.onewindow.contracts.review.CaseCompleted;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The case_fact read model and the figures summed from it. The two topics arrive in no particular
 * order between them, so every write is an upsert that keeps the first time a step happened;
 * nothing personal is kept. Item names and confidentiality are read from public_item.
 */
@Component
class CaseFactStore {

    /** A step whose first time is all the figures need, and the column that keeps it. */
    enum Step {
        ACCEPTED("accepted_at"),
        NOT_ACCEPTED("not_accepted_at"),
        DECIDED("decided_at"),
        OVERDUE("overdue_since");

        private final String column;

        Step(String column) {
            this.column = column;
        }
    }

    private static final String FIGURES = """
            count(*) filter (where f.received_at >= :start and f.received_at < :end) as received,
            count(*) filter (where f.accepted_at >= :start and f.accepted_at < :end) as accepted,
            count(*) filter (where f.not_accepted_at >= :start and f.not_accepted_at < :end) as not_accepted,
            count(*) filter (where f.completed_at >= :start and f.completed_at < :end) as completed,
            count(*) filter (where f.completed_at >= :start and f.completed_at < :end and f.on_time) as on_time,
            coalesce(sum(f.working_days) filter (where f.completed_at >= :start and f.completed_at < :end), 0)
                as working_days,
            count(*) filter (where f.overdue_since is not null and f.decided_at is null and f.completed_at is null
                and f.not_accepted_at is null and f.withdrawn_at is null) as overdue_now
            """;

    private final JdbcClient jdbc;

    CaseFactStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record DepartmentCounts(String department, Counts counts) {}

    record ItemCounts(String itemCode, String itemName, String department, Counts counts) {}

    void submitted(ApplicationSubmitted submitted) {
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

    /** Records when a step first happened; a redelivered or repeated event keeps the first time. */
    void mark(String caseNo, Step step, OffsetDateTime at) {
        var column = step.column;
        jdbc.sql("insert into case_fact (case_no, " + column
                        + ") values (:caseNo, :at) on conflict (case_no) do update set " + column
                        + " = coalesce(case_fact." + column + ", excluded." + column + ")")
                .param("caseNo", caseNo)
                .param("at", at)
                .update();
    }

    /** A withdrawal counts unless review refused it, whichever of the two topics arrives first. */
    void withdrawn(String caseNo, OffsetDateTime at) {
        jdbc.sql("""
                        insert into case_fact (case_no, withdrawn_at) values (:caseNo, :at)
                        on conflict (case_no) do update set withdrawn_at = coalesce(case_fact.withdrawn_at, excluded.withdrawn_at)
                        where case_fact.withdrawal_refused_at is null
                        """).param("caseNo", caseNo).param("at", at).update();
    }

    /** Review decided first, so the case was never withdrawn. */
    void withdrawalRefused(String caseNo, OffsetDateTime at) {
        jdbc.sql("""
                        insert into case_fact (case_no, withdrawal_refused_at) values (:caseNo, :at)
                        on conflict (case_no) do update set withdrawn_at = null,
                            withdrawal_refused_at = coalesce(case_fact.withdrawal_refused_at, excluded.withdrawal_refused_at)
                        """).param("caseNo", caseNo).param("at", at).update();
    }

    void completed(CaseCompleted completed) {
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

    List<DepartmentCounts> byDepartment(Period period, String department) {
        return jdbc.sql("select f.department, " + FIGURES + """
                        from case_fact f
                        where f.department is not null
                          and (cast(:department as varchar) is null or f.department = :department)
                        group by f.department order by f.department
                        """)
                .param("start", period.start())
                .param("end", period.end())
                .param("department", department)
                .query((rs, n) -> new DepartmentCounts(rs.getString("department"), counts(rs)))
                .list();
    }

    /** Confidential items count in their department's figures but are never listed by name. */
    List<ItemCounts> byPublicItem(Period period, String department) {
        return jdbc.sql("select f.item_code, i.name, f.department, " + FIGURES + """
                        from case_fact f join public_item i on i.code = f.item_code and not i.confidential
                        where f.department is not null
                          and (cast(:department as varchar) is null or f.department = :department)
                        group by f.item_code, i.name, f.department order by f.department, f.item_code
                        """)
                .param("start", period.start())
                .param("end", period.end())
                .param("department", department)
                .query((rs, n) -> new ItemCounts(
                        rs.getString("item_code"), rs.getString("name"), rs.getString("department"), counts(rs)))
                .list();
    }

    private static Counts counts(ResultSet rs) throws SQLException {
        return new Counts(
                rs.getLong("received"),
                rs.getLong("accepted"),
                rs.getLong("not_accepted"),
                rs.getLong("completed"),
                rs.getLong("on_time"),
                rs.getLong("working_days"),
                rs.getLong("overdue_now"));
    }
}
