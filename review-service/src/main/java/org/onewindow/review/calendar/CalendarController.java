package org.onewindow.review.calendar;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.onewindow.platform.security.Caller;
import org.onewindow.platform.web.FieldProblem;
import org.onewindow.platform.web.ProblemException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Supervisors read and replace a year's holidays and adjusted working days (API.md). */
@RestController
class CalendarController {

    private final Calendars calendars;

    CalendarController(Calendars calendars) {
        this.calendars = calendars;
    }

    record DayInput(
            @NotNull LocalDate date,
            @NotBlank @Size(max = 200) String note) {}

    record YearInput(
            @NotNull @Size(max = 60) List<@Valid @NotNull DayInput> holidays,
            @NotNull @Size(max = 30) List<@Valid @NotNull DayInput> adjustedWorkingDays) {}

    @GetMapping("/api/review/calendar/{year}")
    Calendars.YearCalendar get(@PathVariable int year) {
        requireYear(year);
        return calendars.year(year);
    }

    @PutMapping("/api/review/calendar/{year}")
    Calendars.YearCalendar put(@PathVariable int year, @Valid @RequestBody YearInput input) {
        requireYear(year);
        var problems = new ArrayList<FieldProblem>();
        var seen = new HashSet<LocalDate>();
        check(input.holidays(), "holidays", year, seen, problems, false);
        check(input.adjustedWorkingDays(), "adjustedWorkingDays", year, seen, problems, true);
        if (!problems.isEmpty()) {
            throw ProblemException.validation(problems);
        }
        calendars.replace(
                new Calendars.YearCalendar(
                        year,
                        input.holidays().stream()
                                .map(d -> new Calendars.Day(d.date(), d.note()))
                                .toList(),
                        input.adjustedWorkingDays().stream()
                                .map(d -> new Calendars.Day(d.date(), d.note()))
                                .toList()),
                Caller.current().username());
        return calendars.year(year);
    }

    private static void check(
            List<DayInput> days,
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

    private static void requireYear(int year) {
        if (year < 2000 || year > 2100) {
            throw ProblemException.notFound("no calendar for " + year);
        }
    }
}
