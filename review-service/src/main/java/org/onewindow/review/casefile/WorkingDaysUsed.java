package org.onewindow.review.casefile;

import java.time.LocalDate;
import org.onewindow.platform.calendar.WorkingCalendar;
import org.onewindow.review.calendar.Deadlines;

/**
 * How much of its limit a running case has used, in working days (DOMAIN.md): from acceptance to
 * today, less the working days its clock stood still. While the clock stands still (a supplement
 * or a special procedure running) it reads as on the day it stopped, so nothing turns YELLOW or RED
 * meanwhile.
 */
public final class WorkingDaysUsed {

    private WorkingDaysUsed() {}

    /** The day the case's clock shows: today while it runs, the day it stopped while it stands still. */
    public static LocalDate clockDay(CaseState.Timing timing, LocalDate today) {
        var stopped = timing.stoppedSince();
        return stopped != null && stopped.isBefore(today) ? stopped : today;
    }

    /** Working days used so far; 0 before acceptance. */
    public static int of(WorkingCalendar calendar, CaseState.Timing timing, LocalDate today) {
        if (timing.acceptedOn() == null) {
            return 0;
        }
        var day = clockDay(timing, today);
        return Math.max(0, calendar.workingDaysBetween(timing.acceptedOn(), day) - timing.pausedDays());
    }

    /** The case's warning level today; NONE before acceptance. */
    public static Deadlines.Warning warning(WorkingCalendar calendar, CaseState.Timing timing, LocalDate today) {
        if (timing.acceptedOn() == null || timing.deadline() == null) {
            return Deadlines.Warning.NONE;
        }
        return Deadlines.warning(
                calendar,
                clockDay(timing, today),
                timing.deadline(),
                timing.promisedDays() + timing.extensionDays(),
                of(calendar, timing, today));
    }
}
