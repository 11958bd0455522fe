package org.onewindow.portal.supervision;

import java.time.LocalDate;
import java.util.List;

/** GET /api/review/supervision/overview: the bureau's cases by status, per day and warned. */
record ReviewOverview(
        LocalDate today, List<StatusCount> byStatus, List<DayCount> submissionsPerDay, Warnings warnings) {

    ReviewOverview {
        byStatus = byStatus == null ? List.of() : List.copyOf(byStatus);
        submissionsPerDay = submissionsPerDay == null ? List.of() : List.copyOf(submissionsPerDay);
        warnings = warnings == null ? new Warnings(0, 0, 0) : warnings;
    }

    record StatusCount(String status, long count) {}

    record DayCount(LocalDate day, long count) {}

    /** How many cases each list (?warning=YELLOW|RED|OVERDUE) holds. */
    record Warnings(long yellow, long red, long overdue) {}
}
