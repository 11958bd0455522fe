package org.onewindow.review.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.onewindow.review.casefile.CaseStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The supervisors' reads of review's cases over the whole bureau, counted and filtered in SQL;
 * review_case is written by casefile alone. Issue 15 asks the dashboard to answer over 10,000 cases
 * at p95 ≤ 150 ms: not measured yet (no bench), and the late-completion check reads audit_entry
 * per completed case, which no index serves.
 */
@Repository
class SupervisionStore {

    /** Not decided yet: the cases a warning still matters for. */
    private static final String OPEN =
            "c.status not in ('NOT_ACCEPTED', 'APPROVED', 'DENIED', 'COMPLETED', 'WITHDRAWN')";

    /** Completed on a day after the deadline, as CaseLifecycle judges on-time (its trail says when). */
    private static final String COMPLETED_LATE = """
            c.status = 'COMPLETED' and c.deadline is not null
            and exists (select 1 from audit_entry a where a.case_no = c.case_no and a.action = 'COMPLETED'
                        and cast(a.at at time zone cast(:zone as text) as date) > c.deadline)
            """;

    private static final String FILTER = """
            where (cast(:department as varchar) is null or c.department = :department)
              and (cast(:itemCode as varchar) is null or c.item_code = :itemCode)
              and (cast(:status as varchar) is null or c.status = :status)
              and (cast(:dayStart as timestamptz) is null or (c.submitted_at >= :dayStart and c.submitted_at < :dayEnd))
            """;

    private final JdbcClient jdbc;

    SupervisionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What a list asks for; null matches anything. */
    record Filter(Warning warning, String department, String itemCode, CaseStatus status, LocalDate day) {}

    Map<CaseStatus, Long> countByStatus() {
        var counts = new EnumMap<CaseStatus, Long>(CaseStatus.class);
        jdbc.sql("select c.status, count(*) as n from review_case c group by c.status")
                .query((rs, n) -> counts.put(CaseStatus.valueOf(rs.getString("status")), rs.getLong("n")))
                .list();
        return counts;
    }

    /** Submissions per day in the bureau's zone from {@code first} on. */
    Map<LocalDate, Long> submissionsSince(LocalDate first, ZoneId zone) {
        var counts = new java.util.TreeMap<LocalDate, Long>();
        jdbc.sql("""
                        select cast(c.submitted_at at time zone cast(:zone as text) as date) as day, count(*) as n
                        from review_case c where c.submitted_at >= :start group by 1
                        """)
                .param("zone", zone.getId())
                .param("start", first.atStartOfDay(zone).toOffsetDateTime())
                .query((rs, n) -> counts.put(rs.getObject("day", LocalDate.class), rs.getLong("n")))
                .list();
        return counts;
    }

    Overview.Warnings warnings(ZoneId zone) {
        var warned = jdbc.sql("select count(*) filter (where c.warning = 'YELLOW' and " + OPEN + ") as yellow,"
                        + " count(*) filter (where c.warning = 'RED' and " + OPEN + ") as red"
                        + " from review_case c where c.warning <> 'NONE'")
                .query((rs, n) -> new long[] {rs.getLong("yellow"), rs.getLong("red")})
                .single();
        long late = jdbc.sql("select count(*) from review_case c where " + COMPLETED_LATE)
                .param("zone", zone.getId())
                .query(Long.class)
                .single();
        return new Overview.Warnings(warned[0], warned[1], late);
    }

    List<SupervisedCase> cases(Filter filter, ZoneId zone, int limit, int offset) {
        return bind(jdbc.sql("""
                                select c.case_no, c.item_code, c.item_name, c.department, c.review_departments, c.channel,
                                       c.status, c.submitted_at, c.deadline, c.warning
                                from review_case c
                                """ + FILTER + warning(filter.warning()) + """
                                 order by c.deadline nulls last, c.submitted_at, c.case_no limit :limit offset :offset
                                """), filter, zone)
                .param("limit", limit)
                .param("offset", offset)
                .query(SupervisionStore::map)
                .list();
    }

    long count(Filter filter, ZoneId zone) {
        return bind(jdbc.sql("select count(*) from review_case c " + FILTER + warning(filter.warning())), filter, zone)
                .query(Long.class)
                .single();
    }

    private static String warning(Warning warning) {
        if (warning == null) {
            return "";
        }
        return switch (warning) {
            case YELLOW -> " and c.warning = 'YELLOW' and " + OPEN;
            case RED -> " and c.warning = 'RED' and " + OPEN;
            case OVERDUE -> " and " + COMPLETED_LATE;
        };
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Filter filter, ZoneId zone) {
        var day = filter.day();
        OffsetDateTime start = day == null ? null : day.atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime end =
                day == null ? null : day.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
        spec = spec.param("department", filter.department())
                .param("itemCode", filter.itemCode())
                .param(
                        "status",
                        filter.status() == null ? null : filter.status().name())
                .param("dayStart", start)
                .param("dayEnd", end);
        if (filter.warning() == Warning.OVERDUE) {
            spec = spec.param("zone", zone.getId());
        }
        return spec;
    }

    private static SupervisedCase map(ResultSet rs, int row) throws SQLException {
        return new SupervisedCase(
                rs.getString("case_no"),
                rs.getString("item_code"),
                rs.getString("item_name"),
                rs.getString("department"),
                List.of((String[]) rs.getArray("review_departments").getArray()),
                rs.getString("channel"),
                rs.getString("status"),
                rs.getObject("submitted_at", OffsetDateTime.class),
                rs.getObject("deadline", LocalDate.class),
                rs.getString("warning"));
    }
}
