package org.onewindow.review.casefile;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Cases by state, overdue cases, open cases by the warning last announced, and cases completed late:
 * read from the database at each scrape, so every instance reports the same. The alert rules and the
 * flow dashboard (deploy/prometheus, deploy/grafana) read these.
 */
@Component
class CaseMetrics implements MeterBinder {

    /** Not decided yet: the cases a warning still matters for (as the supervision views count them). */
    private static final String OPEN = "status not in ('NOT_ACCEPTED', 'APPROVED', 'DENIED', 'COMPLETED', 'WITHDRAWN')";

    private final JdbcClient jdbc;
    private final Clock clock;

    CaseMetrics(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (var status : CaseStatus.values()) {
            Gauge.builder("onewindow.review.cases", () -> count("status = '" + status.name() + "'"))
                    .description("cases in review by state")
                    .tag("status", status.name())
                    .register(registry);
        }
        Gauge.builder(
                        "onewindow.review.cases.overdue",
                        // a special procedure stops the clock: such a case reads as on the day it started
                        () -> count("status in ('ACCEPTED', 'IN_REVIEW')"
                                + " and deadline < coalesce(special_since, current_date)"))
                .description("cases past their deadline without a decision")
                .register(registry);
        for (var level : List.of("YELLOW", "RED")) {
            Gauge.builder("onewindow.review.cases.warning", () -> count("warning = '" + level + "' and " + OPEN))
                    .description("undecided cases whose last announced time-limit warning is this level")
                    .tag("level", level)
                    .register(registry);
        }
        Gauge.builder("onewindow.review.cases.completed.late", this::completedLate)
                .description("completed cases completed on a day after their deadline (the on-time rate's complement)")
                .register(registry);
    }

    /** As the supervision overview judges it: the day of the COMPLETED trail entry, in the bureau's zone. */
    private double completedLate() {
        try {
            return jdbc.sql("""
                            select count(*) from review_case c
                            where c.status = 'COMPLETED' and c.deadline is not null
                              and exists (select 1 from audit_entry a where a.case_no = c.case_no
                                          and a.action = 'COMPLETED'
                                          and cast(a.at at time zone cast(:zone as text) as date) > c.deadline)
                            """)
                    .param("zone", clock.getZone().getId())
                    .query(Long.class)
                    .single();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    private double count(String condition) {
        try {
            return jdbc.sql("select count(*) from review_case where " + condition)
                    .query(Long.class)
                    .single();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
