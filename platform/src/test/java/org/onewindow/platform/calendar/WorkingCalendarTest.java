package org.onewindow.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Working-day arithmetic across weekends, holidays, adjusted working Saturdays and pauses. The
 * holiday dates here are test data for the arithmetic, not a calendar of any year.
 */
class WorkingCalendarTest {

    // Monday 2026-03-02
    static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    @Test
    void skipsWeekends() {
        var calendar = WorkingCalendar.weekendsOnly();
        assertThat(calendar.plusWorkingDays(MONDAY, 4)).isEqualTo(LocalDate.of(2026, 3, 6));
        assertThat(calendar.plusWorkingDays(MONDAY, 5)).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 3, 6), 1)).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(calendar.plusWorkingDays(MONDAY, 0)).isEqualTo(MONDAY);
    }

    @Test
    void skipsHolidaysAndCountsAdjustedWorkingSaturdays() {
        var holidays = Set.of(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 5));
        var adjusted = Set.of(LocalDate.of(2026, 3, 7));
        var calendar = new WorkingCalendar(holidays, adjusted);
        // Tue 3, (Wed 4, Thu 5 off), Fri 6, Sat 7 worked, Mon 9
        assertThat(calendar.plusWorkingDays(MONDAY, 4)).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 7))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 8))).isFalse();
        assertThat(calendar.workingDaysBetween(MONDAY, LocalDate.of(2026, 3, 9)))
                .isEqualTo(4);
    }
}
