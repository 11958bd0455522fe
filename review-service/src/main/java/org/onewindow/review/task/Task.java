package org.onewindow.review.task;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.onewindow.review.calendar.Deadlines;

/**
 * One piece of work in a staff member's queue, with its deadline and how urgent it is.
 *
 * @param step ACCEPT, OPINION, DECIDE, or GAP (a clerk chases gap materials past their deadline)
 * @param clockStopped a supplement or special procedure stops the clock: the warning reads as on the day it stopped
 * @param gapDeadline by when the open gap materials (容缺) are due; null without a gap
 * @param gapOverdue the gap's deadline has passed with materials still outstanding
 */
public record Task(
        String caseNo,
        String itemName,
        String status,
        String step,
        OffsetDateTime submittedAt,
        LocalDate deadline,
        Deadlines.Warning warning,
        boolean clockStopped,
        LocalDate gapDeadline,
        boolean gapOverdue) {}
