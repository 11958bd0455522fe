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

    public static Period of(LocalDate from, LocalDate to, Clock clock) {
        var today = LocalDate.now(clock);
        var first = from != null ? from : today.withDayOfYear(1);
        var last = to != null ? to : today;
        var problems = new ArrayList<FieldProblem>();
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
}
