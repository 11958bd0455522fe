package org.onewindow.review.task;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.onewindow.platform.security.Caller;
import org.onewindow.platform.security.Roles;
import org.onewindow.review.calendar.Calendars;
import org.onewindow.review.calendar.Deadlines;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Each staff member's queue by role and department, most urgent first: clerks get submitted
 * cases to accept, reviewers the cases awaiting their department's opinion, approvers the cases
 * with every opinion in.
 */
@RestController
class TaskController {

    private static final int LIMIT = 200;

    private final JdbcClient jdbc;
    private final Calendars calendars;
    private final Clock clock;

    TaskController(JdbcClient jdbc, Calendars calendars, Clock clock) {
        this.jdbc = jdbc;
        this.calendars = calendars;
        this.clock = clock;
    }

    @GetMapping("/api/review/tasks")
    List<Task> tasks() {
        var caller = Caller.current();
        var tasks = new ArrayList<Task>();
        if (caller.hasRole(Roles.CLERK)) {
            tasks.addAll(query("ACCEPT", "select * from review_case where status = 'SUBMITTED'", null));
        }
        if (caller.hasRole(Roles.REVIEWER) && caller.department().isPresent()) {
            tasks.addAll(query("OPINION", """
                    select c.* from review_case c where c.status in ('ACCEPTED', 'IN_REVIEW')
                      and :department = any(c.review_departments)
                      and not exists (select 1 from review_opinion o where o.case_no = c.case_no and o.department = :department)
                    """, caller.department().get()));
        }
        if (caller.hasRole(Roles.APPROVER)) {
            tasks.addAll(query("DECIDE", """
                    select c.* from review_case c where c.status = 'IN_REVIEW'
                      and cardinality(c.review_departments) = (select count(*) from review_opinion o where o.case_no = c.case_no)
                    """, null));
        }
        tasks.sort(Comparator.comparing((Task t) -> t.warning().ordinal())
                .reversed()
                .thenComparing(Task::deadline, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Task::submittedAt));
        return tasks;
    }

    private List<Task> query(String step, String sql, String department) {
        var spec = jdbc.sql(sql + " order by submitted_at limit " + LIMIT);
        if (department != null) {
            spec = spec.param("department", department);
        }
        var today = LocalDate.now(clock);
        return spec.query((rs, n) -> {
                    var deadline = rs.getObject("deadline", LocalDate.class);
                    var acceptedOn = rs.getObject("accepted_on", LocalDate.class);
                    var warning = Deadlines.Warning.NONE;
                    if (deadline != null && acceptedOn != null) {
                        int limit = rs.getInt("promised_days") + rs.getInt("extension_days");
                        int used = Math.max(
                                0,
                                calendars.current().workingDaysBetween(acceptedOn, today) - rs.getInt("paused_days"));
                        warning = Deadlines.warning(calendars.current(), today, deadline, limit, used);
                    }
                    return new Task(
                            rs.getString("case_no"),
                            rs.getString("item_name"),
                            rs.getString("status"),
                            step,
                            rs.getObject("submitted_at", OffsetDateTime.class),
                            deadline,
                            warning);
                })
                .list();
    }
}
