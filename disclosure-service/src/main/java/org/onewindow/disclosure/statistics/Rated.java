package org.onewindow.disclosure.statistics;

import java.time.OffsetDateTime;

/**
 * What a rating of a case does to the figures (GB/T 39734-2020): the first one counts; after a
 * poor one the applicant may rate once more, once the bureau has reported its rectification, and
 * that follow-up replaces the first. application-service opens the follow-up only after the
 * report (RectificationReported), so the rule here needs nothing but the ratings themselves and a
 * replay of the topics gives the same figures.
 */
public enum Rated {
    FIRST,
    FOLLOW_UP,
    /** a rating after the follow-up, a second rating of a case rated 3 or better, or an older one */
    IGNORED;

    /** @param current the rating that counts today, or null when the case has none */
    static Rated of(StoredRating current, OffsetDateTime at) {
        if (current == null) {
            return FIRST;
        }
        if (current.followUp() || current.level() > Satisfaction.POOR || !at.isAfter(current.evaluatedAt())) {
            return IGNORED;
        }
        return FOLLOW_UP;
    }

    record StoredRating(int level, OffsetDateTime evaluatedAt, boolean followUp) {}
}
