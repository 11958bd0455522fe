package org.onewindow.review.casefile;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Cases by state and overdue cases, read from the database at each scrape, so every instance reports the same. */
@Component
class CaseMetrics implements MeterBinder {

    private final JdbcClient jdbc;

    CaseMetrics(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
