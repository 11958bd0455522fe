package org.onewindow.portal.casework;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;

/**
 * One piece of work in the signed-in person's queue, as GET /api/review/tasks gives it
 * (review-service's Task): the API picks her tasks by role and department, the portal shows them.
 *
 * @param step ACCEPT, OPINION, DECIDE or GAP (gap materials past their deadline, to chase)
 * @param deadline the case's time limit; null before acceptance
 * @param warning NONE, YELLOW or RED
 * @param gapDeadline by when the open gap materials (容缺) are due; null without a gap
 */
public record Task(
        String caseNo,
        String itemName,
        String status,
        String step,
        OffsetDateTime submittedAt,
        LocalDate deadline,
        String warning,
        boolean clockStopped,
        LocalDate gapDeadline,
        boolean gapOverdue) {

    /** Earliest deadline first; a case not yet accepted has none and waits by its submission, oldest first. */
    static final Comparator<Task> BY_DEADLINE = Comparator.comparing(
                    Task::deadline, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(Task::submittedAt, Comparator.nullsLast(Comparator.<OffsetDateTime>naturalOrder()));

    /** NONE, YELLOW or RED; anything else the API may add reads as NONE rather than failing the queue. */
    public String warningLevel() {
        return "YELLOW".equals(warning) || "RED".equals(warning) ? warning : "NONE";
    }
}
