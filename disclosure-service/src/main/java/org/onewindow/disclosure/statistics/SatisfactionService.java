package org.onewindow.disclosure.statistics;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.onewindow.contracts.application.ApplicationEvaluated;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The ratings that count, and the satisfaction they add up to per department over a period. */
@Service
public class SatisfactionService {

    private final RatingStore ratings;

    SatisfactionService(RatingStore ratings) {
        this.ratings = ratings;
    }

    /** Counts the rating if {@link Rated} says it counts; the level only, never the comment. */
    @Transactional
    public Rated rate(ApplicationEvaluated evaluated) {
        var rated = Rated.of(ratings.find(evaluated.caseNo()).orElse(null), evaluated.evaluatedAt());
        switch (rated) {
            case FIRST -> ratings.insert(evaluated);
            case FOLLOW_UP -> ratings.replaceWithFollowUp(evaluated);
            case IGNORED -> {
                // the figures already hold the rating that counts for this case
            }
        }
        return rated;
    }

    /** Departments with at least one evaluation in the period, by name. */
    public Map<String, Satisfaction> byDepartment(Period period, String department) {
        var perLevel = new TreeMap<String, long[]>();
        var followUps = new HashMap<String, Long>();
        for (var row : ratings.levels(period, department)) {
            perLevel.computeIfAbsent(row.department(), d -> new long[6])[row.level()] = row.count();
            followUps.merge(row.department(), row.followUps(), Long::sum);
        }
        var result = new TreeMap<String, Satisfaction>();
        perLevel.forEach((name, counts) -> result.put(name, Satisfaction.of(counts, followUps.get(name))));
        return result;
    }

    public static Satisfaction total(Map<String, Satisfaction> byDepartment) {
        var sum = new long[6];
        long followUps = 0;
        for (var satisfaction : byDepartment.values()) {
            satisfaction.levels().forEach((level, n) -> sum[Integer.parseInt(level)] += n);
            followUps += satisfaction.followUps();
        }
        return Satisfaction.of(sum, followUps);
    }
}
