package org.onewindow.disclosure.statistics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The bureau's published performance (API.md): per department and per item over a period, with
 * the satisfaction of the same period. Confidential items count in their department's figures
 * but are never listed by name.
 */
@RestController
class StatisticsController {

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
    private final SatisfactionQuery satisfaction;
    private final Clock clock;

    StatisticsController(JdbcClient jdbc, SatisfactionQuery satisfaction, Clock clock) {
        this.jdbc = jdbc;
        this.satisfaction = satisfaction;
        this.clock = clock;
    }

    private record DepartmentCounts(String department, Counts counts) {}

    record DepartmentRow(String department, Counts.Figures figures, Satisfaction satisfaction) {}

    record ItemRow(String itemCode, String itemName, String department, Counts.Figures figures) {}

    record Statistics(
            LocalDate from,
            LocalDate to,
            Counts.Figures total,
            Satisfaction satisfaction,
            List<DepartmentRow> departments,
            List<ItemRow> items) {}

    @GetMapping("/api/disclosure/statistics")
    Statistics statistics(
            @RequestParam(required = false) String department,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to) {
        var period = Period.of(from, to, clock);
        var ratings = satisfaction.byDepartment(period, department);
        var departments = new ArrayList<DepartmentRow>();
        var total = Counts.NONE;
        var perDepartment = jdbc.sql("select f.department, " + FIGURES + """
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
        for (var row : perDepartment) {
            total = total.plus(row.counts());
            departments.add(new DepartmentRow(
                    row.department(),
                    row.counts().figures(),
                    ratings.getOrDefault(row.department(), Satisfaction.of(new long[6]))));
        }
        var items = jdbc.sql("select f.item_code, i.name, f.department, " + FIGURES + """
                        from case_fact f join public_item i on i.code = f.item_code and not i.confidential
                        where f.department is not null
                          and (cast(:department as varchar) is null or f.department = :department)
                        group by f.item_code, i.name, f.department order by f.department, f.item_code
                        """)
                .param("start", period.start())
                .param("end", period.end())
                .param("department", department)
                .query((rs, n) -> new ItemRow(
                        rs.getString("item_code"),
                        rs.getString("name"),
                        rs.getString("department"),
                        counts(rs).figures()))
                .list();
        return new Statistics(
                period.from(),
                period.to(),
                total.figures(),
                SatisfactionQuery.total(ratings),
                List.copyOf(departments),
                items);
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
