package org.onewindow.review.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.onewindow.platform.web.FieldProblem;

/** What a year's calendar must satisfy, whether a supervisor sends it or it ships with the service. */
final class CalendarRules {

    private CalendarRules() {}

    static List<FieldProblem> problems(Calendars.YearCalendar calendar) {
        var problems = new ArrayList<FieldProblem>();
        var seen = new HashSet<LocalDate>();
        check(calendar.holidays(), "holidays", calendar.year(), seen, problems, false);
        check(calendar.adjustedWorkingDays(), "adjustedWorkingDays", calendar.year(), seen, problems, true);
        return problems;
    }

    private static void check(
            List<Calendars.Day> days,
            String field,
            int year,
            HashSet<LocalDate> seen,
            List<FieldProblem> problems,
            boolean weekendOnly) {
        for (int i = 0; i < days.size(); i++) {
            var date = days.get(i).date();
            var path = field + "[" + i + "].date";
            if (date.getYear() != year) {
                problems.add(new FieldProblem(path, "outside-year", date + " is not in " + year));
            }
            if (!seen.add(date)) {
                problems.add(new FieldProblem(path, "duplicate", date + " is listed twice"));
            }
            if (weekendOnly && date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                problems.add(
                        new FieldProblem(path, "not-a-weekend", "an adjusted working day is a Saturday or Sunday"));
            }
        }
    }
}
