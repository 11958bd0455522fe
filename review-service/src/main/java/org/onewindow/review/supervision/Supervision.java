package org.onewindow.review.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import org.onewindow.review.casefile.CaseStatus;
import org.springframework.stereotype.Service;

/** The bureau's cases for supervisors: the dashboard's figures and the lists behind them. */
@Service
class Supervision {

    static final int MAX_DAYS = 92;
    static final int MAX_SIZE = 100;

    private final SupervisionStore store;
    private final Clock clock;

    Supervision(SupervisionStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    Overview overview(int days) {
        var today = LocalDate.now(clock);
        var first = today.minusDays(days - 1L);
        var counts = store.countByStatus();
        var byStatus = new ArrayList<Overview.StatusCount>();
        for (var status : CaseStatus.values()) {
            byStatus.add(new Overview.StatusCount(status.name(), counts.getOrDefault(status, 0L)));
        }
        var submitted = store.submissionsSince(first, clock.getZone());
        var perDay = new ArrayList<Overview.DayCount>();
        for (var day = first; !day.isAfter(today); day = day.plusDays(1)) {
            perDay.add(new Overview.DayCount(day, submitted.getOrDefault(day, 0L)));
        }
        return new Overview(today, byStatus, perDay, store.warnings(clock.getZone()));
    }

    SupervisedCase.Page cases(SupervisionStore.Filter filter, int page, int size) {
        int limit = Math.min(Math.max(size, 1), MAX_SIZE);
        int from = Math.max(page, 0);
        var zone = clock.getZone();
        return new SupervisedCase.Page(
                store.cases(filter, zone, limit, from * limit), from, limit, store.count(filter, zone));
    }
}
