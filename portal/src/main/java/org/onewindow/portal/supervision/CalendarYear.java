package org.onewindow.portal.supervision;

import java.time.LocalDate;
import java.util.List;

/** GET/PUT /api/review/calendar/{year}: the days off and the weekend days worked instead. */
record CalendarYear(int year, List<Day> holidays, List<Day> adjustedWorkingDays) {

    CalendarYear {
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
        adjustedWorkingDays = adjustedWorkingDays == null ? List.of() : List.copyOf(adjustedWorkingDays);
    }

    record Day(LocalDate date, String note) {}

    /** The PUT's body: the year is in the path. */
    record Input(List<Day> holidays, List<Day> adjustedWorkingDays) {}
}
