package org.onewindow.review.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.onewindow.platform.calendar.WorkingCalendar;

/** Deadlines and their warnings on a weekends-only calendar. */
class DeadlinesTest {

    // Monday 2026-03-02
    static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    @Test
    void pausesAndExtensionsPushTheDeadline() {
        var calendar = WorkingCalendar.weekendsOnly();
        assertThat(Deadlines.deadline(calendar, MONDAY, 10, 0, 0)).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(Deadlines.deadline(calendar, MONDAY, 10, 3, 0)).isEqualTo(LocalDate.of(2026, 3, 19));
        assertThat(Deadlines.deadline(calendar, MONDAY, 10, 0, 10)).isEqualTo(LocalDate.of(2026, 3, 30));
    }

    @Test
    void warnsYellowNearTheEndAndRedAfterIt() {
        var calendar = WorkingCalendar.weekendsOnly();
        var deadline = LocalDate.of(2026, 3, 16);
        assertThat(Deadlines.warning(calendar, MONDAY, deadline, 10, 0)).isEqualTo(Deadlines.Warning.NONE);
        assertThat(Deadlines.warning(calendar, LocalDate.of(2026, 3, 12), deadline, 10, 6))
                .isEqualTo(Deadlines.Warning.YELLOW);
        assertThat(Deadlines.warning(calendar, LocalDate.of(2026, 3, 10), deadline, 10, 8))
                .as("80% used")
                .isEqualTo(Deadlines.Warning.YELLOW);
        assertThat(Deadlines.warning(calendar, deadline, deadline, 10, 10)).isEqualTo(Deadlines.Warning.YELLOW);
        assertThat(Deadlines.warning(calendar, LocalDate.of(2026, 3, 17), deadline, 10, 11))
                .isEqualTo(Deadlines.Warning.RED);
    }
}
