package org.onewindow.disclosure.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.onewindow.platform.web.FieldProblem;
import org.onewindow.platform.web.ProblemException;

/**
 * A reporting period of whole days in the bureau's zone, both ends included. Without dates it is
 * the year so far, which is what the bureau's annual report counts.
 */
public record Period(LocalDate from, LocalDate to, OffsetDateTime start, OffsetDateTime end) {

    static final int LONGEST_YEARS = 10;
    /** Dates any report can mean: the platform's records start long after the first, the calendar ends at the last. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

    public static Period of(LocalDate from, LocalDate to, Clock clock) {
        var today = LocalDate.now(clock);
        var first = from != null ? from : today.withDayOfYear(1);
        var last = to != null ? to : today;
        var problems = new ArrayList<FieldProblem>();
        outOfRange("from", first, problems);
        outOfRange("to", last, problems);
        if (!problems.isEmpty()) {
            // a date like +999999999-12-31 parses, but no arithmetic on it is safe
            throw ProblemException.validation(List.copyOf(problems));
        }
        if (first.isAfter(last)) {
            problems.add(new FieldProblem("from", "after-to", "from " + first + " is after to " + last));
        }
        if (first.plusYears(LONGEST_YEARS).isBefore(last)) {
            problems.add(new FieldProblem("to", "too-long", "a period covers at most " + LONGEST_YEARS + " years"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.validation(List.copyOf(problems));
        }
        var zone = clock.getZone();
        return new Period(
                first,
                last,
                first.atStartOfDay(zone).toOffsetDateTime(),
                last.plusDays(1).atStartOfDay(zone).toOffsetDateTime());
    }

    private static void outOfRange(String field, LocalDate date, List<FieldProblem> problems) {
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            problems.add(new FieldProblem(
                    field, "out-of-range", field + " must be a date between " + EARLIEST + " and " + LATEST));
        }
    }
}
