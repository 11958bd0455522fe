package org.onewindow.disclosure.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onewindow.disclosure.evaluation.RectificationStatus.State;
import org.onewindow.platform.calendar.WorkingCalendar;

/** A poor review: call-back within 1 working day, rectification within 15. Dates are test data. */
class RectificationStatusTest {

    // Friday 2026-03-06; Monday 9th is a (test) holiday
    static final LocalDate FRIDAY = LocalDate.of(2026, 3, 6);
    static final WorkingCalendar CALENDAR = new WorkingCalendar(Set.of(LocalDate.of(2026, 3, 9)), Set.of());

    @Test
    void dueDatesSkipWeekendsAndHolidays() {
        var status = RectificationStatus.of(FRIDAY, null, null, FRIDAY, CALENDAR);
        assertThat(status.callBackDue()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(status.rectificationDue()).isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(status.state()).isEqualTo(State.OPEN);
        assertThat(status.late()).isFalse();
    }

    @Test
    void aMissedCallBackIsOverdueEvenWhileTheRectificationIsNotDue() {
        var status = RectificationStatus.of(FRIDAY, null, null, LocalDate.of(2026, 3, 11), CALENDAR);
        assertThat(status.state()).isEqualTo(State.OVERDUE);
        assertThat(status.late()).isTrue();
    }

    @Test
    void aLateCallBackStaysLateButTheCaseIsOpenAgainUntilTheReportIsDue() {
        var status =
                RectificationStatus.of(FRIDAY, LocalDate.of(2026, 3, 12), null, LocalDate.of(2026, 3, 12), CALENDAR);
        assertThat(status.state()).isEqualTo(State.OPEN);
        assertThat(status.late()).isTrue();
    }

    @Test
    void aReportIsDoneAndLateOnlyWhenItCameAfterItsDueDate() {
        var onTime = RectificationStatus.of(
                FRIDAY, LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 30), LocalDate.of(2026, 5, 1), CALENDAR);
        assertThat(onTime.state()).isEqualTo(State.DONE);
        assertThat(onTime.late()).isFalse();
        var late = RectificationStatus.of(
                FRIDAY, LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 5, 1), CALENDAR);
        assertThat(late.state()).isEqualTo(State.DONE);
        assertThat(late.late()).isTrue();
        var unreported =
                RectificationStatus.of(FRIDAY, LocalDate.of(2026, 3, 10), null, LocalDate.of(2026, 3, 31), CALENDAR);
        assertThat(unreported.state()).isEqualTo(State.OVERDUE);
    }
}
