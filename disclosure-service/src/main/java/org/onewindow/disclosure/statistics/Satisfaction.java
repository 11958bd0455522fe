package org.onewindow.disclosure.statistics;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Evaluations (好差评, GB/T 39734-2020) summed: how many at each level, and the satisfaction
 * rate, the share rated 3 (basically satisfied) or better. Each case counts once, with its
 * follow-up rating when the applicant gave one after the rectification.
 *
 * @param levels evaluations per level, "5" very satisfied down to "1" very dissatisfied
 * @param poor evaluations at 1 or 2, each of which opened a rectification
 * @param followUps of the evaluations, how many are follow-ups that replaced a poor first rating
 * @param satisfactionRate 0..1, 4 decimals; null when nobody rated anything
 */
public record Satisfaction(
        long evaluations, Map<String, Long> levels, long poor, long followUps, Double satisfactionRate) {

    /** The highest level that is a poor review (不满意): it opens a rectification. */
    public static final int POOR = 2;

    /** @param countPerLevel index 1..5 used, index 0 ignored */
    public static Satisfaction of(long[] countPerLevel) {
        return of(countPerLevel, 0);
    }

    /** @param countPerLevel index 1..5 used, index 0 ignored */
    public static Satisfaction of(long[] countPerLevel, long followUps) {
        var levels = new LinkedHashMap<String, Long>();
        long total = 0;
        for (int level = 5; level >= 1; level--) {
            levels.put(String.valueOf(level), countPerLevel[level]);
            total += countPerLevel[level];
        }
        long poor = 0;
        for (int level = 1; level <= POOR; level++) {
            poor += countPerLevel[level];
        }
        return new Satisfaction(total, levels, poor, followUps, total == 0 ? null : Rates.ratio(total - poor, total));
    }
}
