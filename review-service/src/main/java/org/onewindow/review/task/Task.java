package org.onewindow.review.task;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.onewindow.review.calendar.Deadlines;

/** One piece of work in a staff member's queue, with its deadline and how urgent it is. */
public record Task(
        String caseNo,
        String itemName,
        String status,
        String step,
        OffsetDateTime submittedAt,
        LocalDate deadline,
        Deadlines.Warning warning) {}
