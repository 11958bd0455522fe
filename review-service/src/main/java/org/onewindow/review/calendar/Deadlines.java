package org.onewindow.review.calendar;

import java.time.LocalDate;
import org.onewindow.platform.calendar.WorkingCalendar;

/**
 * Deadline arithmetic of DOMAIN.md: acceptance + promised working days + the working days the
 * clock stood still (supplement, special procedures) + an extension; and the warning level.
 */
public final class Deadlines {

    public enum Warning {
        NONE,
        YELLOW,
        RED
    }

    private Deadlines() {}

    public static LocalDate deadline(
            WorkingCalendar calendar,
            LocalDate acceptedOn,
            int promisedDays,
            int pausedWorkingDays,
            int extensionDays) {
        return calendar.plusWorkingDays(acceptedOn, promisedDays + pausedWorkingDays + extensionDays);
    }

    /**
     * YELLOW with two working days or less left, or 80% of the limit used; RED once past it.
     *
     * @param limitDays the working days allowed (promised + extension)
     * @param usedDays working days used so far, pauses not counted
     */
    public static Warning warning(
            WorkingCalendar calendar, LocalDate today, LocalDate deadline, int limitDays, int usedDays) {
        if (today.isAfter(deadline)) {
            return Warning.RED;
        }
        int left = calendar.workingDaysBetween(today, deadline);
        if (left <= 2 || usedDays * 5 >= limitDays * 4) {
            return Warning.YELLOW;
        }
        return Warning.NONE;
    }
}
