package org.onewindow.review.supervision;

import java.time.LocalDate;
import java.util.List;

/**
 * The bureau's cases at a glance for the supervisors' dashboard, each figure one filter of
 * {@code /api/review/supervision/cases} away from the cases behind it.
 *
 * @param byStatus every status, in the order a case moves, with 0 where none is
 * @param submissionsPerDay the last {@code days} days up to today, oldest first, with 0 where none came
 */
record Overview(LocalDate today, List<StatusCount> byStatus, List<DayCount> submissionsPerDay, Warnings warnings) {

    Overview {
        byStatus = List.copyOf(byStatus);
        submissionsPerDay = List.copyOf(submissionsPerDay);
    }

    record StatusCount(String status, long count) {}

    record DayCount(LocalDate day, long count) {}

    /** How many cases each {@link Warning} filter lists. */
    record Warnings(long yellow, long red, long overdue) {}
}
