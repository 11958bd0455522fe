package org.onewindow.disclosure.statistics;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Evaluations (好差评, GB/T 39734-2020) summed: how many at each level, and the satisfaction
 * rate, the share rated 3 (basically satisfied) or better.
 *
 * @param levels evaluations per level, "5" very satisfied down to "1" very dissatisfied
 * @param poor evaluations at 1 or 2, each of which opened a rectification
 * @param satisfactionRate 0..1, 4 decimals; null when nobody rated anything
 */
public record Satisfaction(long evaluations, Map<String, Long> levels, long poor, Double satisfactionRate) {

    /** @param countPerLevel index 1..5 used, index 0 ignored */
    public static Satisfaction of(long[] countPerLevel) {
        var levels = new LinkedHashMap<String, Long>();
        long total = 0;
        for (int level = 5; level >= 1; level--) {
            levels.put(String.valueOf(level), countPerLevel[level]);
            total += countPerLevel[level];
        }
        long poor = countPerLevel[1] + countPerLevel[2];
        return new Satisfaction(total, levels, poor, total == 0 ? null : Rates.ratio(total - poor, total));
    }
}
