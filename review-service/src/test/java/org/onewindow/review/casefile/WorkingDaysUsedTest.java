package org.onewindow.review.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.onewindow.platform.calendar.WorkingCalendar;
import org.onewindow.review.calendar.Deadlines;

/** Working days used of a case's limit: from acceptance, less the days its clock stood still. */
class WorkingDaysUsedTest {

    static final WorkingCalendar CALENDAR = WorkingCalendar.weekendsOnly();
    static final LocalDate FRIDAY = LocalDate.of(2026, 2, 20);

    static CaseState.Timing timing(int paused, LocalDate pausedSince, LocalDate specialSince) {
        return new CaseState.Timing(
                FRIDAY,
                12,
                paused,
                0,
                pausedSince,
                specialSince == null ? null : "HEARING",
                specialSince,
                CALENDAR.plusWorkingDays(FRIDAY, 12 + paused));
    }

    @Test
    void countsTheWorkingDaysAfterAcceptanceLessThoseTheClockStoodStill() {
        var nextFriday = LocalDate.of(2026, 2, 27);
        assertThat(WorkingDaysUsed.of(CALENDAR, timing(0, null, null), nextFriday))
                .isEqualTo(5);
        assertThat(WorkingDaysUsed.of(CALENDAR, timing(2, null, null), nextFriday))
                .isEqualTo(3);
        assertThat(WorkingDaysUsed.of(CALENDAR, timing(0, null, null), FRIDAY)).isZero();
    }

    @Test
    void nothingIsUsedBeforeAcceptance() {
        var notStarted = new CaseState.Timing(null, 12, 0, 0, null, null, null, null);
        assertThat(WorkingDaysUsed.of(CALENDAR, notStarted, FRIDAY.plusDays(30)))
                .isZero();
        assertThat(WorkingDaysUsed.warning(CALENDAR, notStarted, FRIDAY.plusDays(30)))
                .isEqualTo(Deadlines.Warning.NONE);
    }

    @Test
    void aStoppedClockReadsAsOnTheDayItStopped() {
        var tuesday = LocalDate.of(2026, 2, 24);
        var monthsLater = LocalDate.of(2026, 6, 1);
        assertThat(WorkingDaysUsed.of(CALENDAR, timing(0, null, tuesday), monthsLater))
                .isEqualTo(2);
        assertThat(WorkingDaysUsed.of(CALENDAR, timing(0, tuesday, null), monthsLater))
                .isEqualTo(2);
        assertThat(WorkingDaysUsed.warning(CALENDAR, timing(0, null, tuesday), monthsLater))
                .isEqualTo(Deadlines.Warning.NONE);
        assertThat(WorkingDaysUsed.warning(CALENDAR, timing(0, null, null), monthsLater))
                .isEqualTo(Deadlines.Warning.RED);
    }

    @Test
    void turnsYellowWithEightyPercentUsed() {
        // 10 of 12 working days used (83%), 2 left
        var day = CALENDAR.plusWorkingDays(FRIDAY, 10);
        assertThat(WorkingDaysUsed.warning(CALENDAR, timing(0, null, null), day))
                .isEqualTo(Deadlines.Warning.YELLOW);
        assertThat(WorkingDaysUsed.warning(CALENDAR, timing(0, null, null), CALENDAR.plusWorkingDays(FRIDAY, 5)))
                .isEqualTo(Deadlines.Warning.NONE);
    }
}
