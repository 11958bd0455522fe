package org.onewindow.review.calendar;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * A year's holidays and adjusted working days as a State Council General Office notice sets
 * them, shipped as {@code resources/calendar/{year}.json}: each festival with the notice's own
 * sentence and every date written out.
 */
record ShippedCalendar(int year, Notice notice, List<Festival> festivals) {

    record Notice(
            String title,
            String documentNumber,
            String documentNumberSeenIn,
            String issuedBy,
            LocalDate issuedOn,
            String publishedBy,
            List<String> copiesChecked,
            String remarks) {}

    record Festival(String name, String notice, List<LocalDate> holidays, List<LocalDate> adjustedWorkingDays) {}

    /** The year as a supervisor would enter it, each day's note naming its festival and the notice. */
    Calendars.YearCalendar calendar() {
        return new Calendars.YearCalendar(
                year,
                days(Festival::holidays, name -> name + "（" + notice.documentNumber() + "）"),
                days(Festival::adjustedWorkingDays, name -> name + "调休上班（" + notice.documentNumber() + "）"));
    }

    private List<Calendars.Day> days(Function<Festival, List<LocalDate>> dates, Function<String, String> note) {
        return festivals.stream()
                .flatMap(f -> dates.apply(f).stream().map(d -> new Calendars.Day(d, note.apply(f.name()))))
                .sorted(Comparator.comparing(Calendars.Day::date))
                .toList();
    }
}
