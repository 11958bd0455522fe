package org.onewindow.disclosure.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.onewindow.disclosure.statistics.Rated.StoredRating;

/** Which rating of a case counts: the first, and after a poor one a single, later follow-up. */
class RatedTest {

    static final OffsetDateTime FIRST = OffsetDateTime.parse("2026-03-06T10:00:00+08:00");
    static final OffsetDateTime LATER = FIRST.plusDays(16);

    @Test
    void theFirstRatingOfACaseCounts() {
        assertThat(Rated.of(null, FIRST)).isEqualTo(Rated.FIRST);
    }

    @Test
    void aLaterRatingAfterAPoorOneIsTheFollowUp() {
        assertThat(Rated.of(new StoredRating(1, FIRST, false), LATER)).isEqualTo(Rated.FOLLOW_UP);
        assertThat(Rated.of(new StoredRating(2, FIRST, false), LATER)).isEqualTo(Rated.FOLLOW_UP);
    }

    @Test
    void aSecondFollowUpIsIgnored() {
        assertThat(Rated.of(new StoredRating(4, LATER, true), LATER.plusDays(1)))
                .isEqualTo(Rated.IGNORED);
        assertThat(Rated.of(new StoredRating(1, LATER, true), LATER.plusDays(1)))
                .isEqualTo(Rated.IGNORED);
    }

    @Test
    void aCaseRatedThreeOrBetterHasNoFollowUp() {
        assertThat(Rated.of(new StoredRating(3, FIRST, false), LATER)).isEqualTo(Rated.IGNORED);
    }

    @Test
    void aRatingNoNewerThanTheOneThatCountsIsIgnored() {
        assertThat(Rated.of(new StoredRating(2, FIRST, false), FIRST)).isEqualTo(Rated.IGNORED);
        assertThat(Rated.of(new StoredRating(2, FIRST, false), FIRST.minusMinutes(5)))
                .isEqualTo(Rated.IGNORED);
    }
}
