package org.onewindow.review.calendar;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.onewindow.platform.security.Caller;
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
        var calendar = new Calendars.YearCalendar(
                year,
                input.holidays().stream()
                        .map(d -> new Calendars.Day(d.date(), d.note()))
                        .toList(),
                input.adjustedWorkingDays().stream()
                        .map(d -> new Calendars.Day(d.date(), d.note()))
                        .toList());
        var problems = CalendarRules.problems(calendar);
        if (!problems.isEmpty()) {
            throw ProblemException.validation(problems);
        }
        calendars.replace(calendar, Caller.current().username());
        return calendars.year(year);
    }

    private static void requireYear(int year) {
        if (year < 2000 || year > 2100) {
            throw ProblemException.notFound("no calendar for " + year);
        }
    }
}
