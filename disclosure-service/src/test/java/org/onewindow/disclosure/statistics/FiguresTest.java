package org.onewindow.disclosure.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.onewindow.platform.web.ProblemException;

/** How published figures are derived: rates from sums, nothing divided by zero, honest rounding. */
class FiguresTest {

    @Test
    void ratesComeFromSumsAndRoundHalfUp() {
        var figures = new Counts(5, 4, 1, 3, 1, 26, 1).figures();
        assertThat(figures.onTimeRate()).isEqualTo(0.3333);
        assertThat(figures.averageWorkingDays()).isEqualTo(8.7);
        assertThat(new Counts(0, 0, 0, 3, 2, 3, 0).figures().onTimeRate()).isEqualTo(0.6667);
    }

    @Test
    void aRateOverNothingIsNullNotZero() {
        var figures = new Counts(2, 1, 0, 0, 0, 0, 0).figures();
        assertThat(figures.onTimeRate()).isNull();
        assertThat(figures.averageWorkingDays()).isNull();
    }

    @Test
    void aTotalIsTheSumOfItsPartsNotTheAverageOfTheirRates() {
        // 1 of 1 on time and 0 of 3 on time: 25%, not the 50% an average of rates would say
        var total = new Counts(1, 1, 0, 1, 1, 2, 0).plus(new Counts(3, 3, 0, 3, 0, 30, 2));
        assertThat(total.figures().onTimeRate()).isEqualTo(0.25);
        assertThat(total.figures().averageWorkingDays()).isEqualTo(8.0);
        assertThat(total.figures().overdueNow()).isEqualTo(2);
    }

    @Test
    void satisfactionCountsLevelsThreeToFiveAsSatisfied() {
        var counts = new long[] {0, 1, 1, 2, 3, 3};
        var satisfaction = Satisfaction.of(counts);
        assertThat(satisfaction.evaluations()).isEqualTo(10);
        assertThat(satisfaction.poor()).isEqualTo(2);
        assertThat(satisfaction.satisfactionRate()).isEqualTo(0.8);
        assertThat(satisfaction.levels())
                .containsExactly(
                        java.util.Map.entry("5", 3L),
                        java.util.Map.entry("4", 3L),
                        java.util.Map.entry("3", 2L),
                        java.util.Map.entry("2", 1L),
                        java.util.Map.entry("1", 1L));
        assertThat(Satisfaction.of(new long[6]).satisfactionRate()).isNull();
    }

    @Test
    void aPeriodIsWholeDaysInTheBureausZoneAndTheYearSoFarByDefault() {
        var clock = Clock.fixed(Instant.parse("2026-11-26T16:30:00Z"), ZoneId.of("Asia/Shanghai"));
        var period = Period.of(null, null, clock);
        // 16:30 UTC is already the 27th in the bureau
        assertThat(period.from()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(period.to()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(period.start().toInstant()).isEqualTo(Instant.parse("2025-12-31T16:00:00Z"));
        assertThat(period.end().toInstant()).isEqualTo(Instant.parse("2026-11-27T16:00:00Z"));
        assertThatThrownBy(() -> Period.of(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1), clock))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> Period.of(LocalDate.of(2000, 1, 1), LocalDate.of(2026, 1, 1), clock))
                .isInstanceOf(ProblemException.class);
    }

    @Test
    void aDateNoReportCanMeanIsAProblemNotAServerError() {
        var clock = Clock.fixed(Instant.parse("2026-11-26T16:30:00Z"), ZoneId.of("Asia/Shanghai"));
        // the fuzz test's +999999999-12-31 made first.plusYears() throw: a 500
        assertThatThrownBy(() -> Period.of(LocalDate.MAX, null, clock)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> Period.of(null, LocalDate.MIN, clock)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> Period.of(LocalDate.of(1999, 12, 31), null, clock))
                .isInstanceOf(ProblemException.class);
    }
}
