package org.onewindow.disclosure.statistics;

import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Satisfaction per department over a period, from the evaluation read model. */
@Component
public class SatisfactionQuery {

    private final JdbcClient jdbc;

    SatisfactionQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Departments with at least one evaluation in the period, by name. */
    public Map<String, Satisfaction> byDepartment(Period period, String department) {
        var counts = new TreeMap<String, long[]>();
        jdbc.sql("""
                        select department, level, count(*) as n from evaluation
                        where evaluated_at >= :start and evaluated_at < :end
                          and (cast(:department as varchar) is null or department = :department)
                        group by department, level
                        """)
                .param("start", period.start())
                .param("end", period.end())
                .param("department", department)
                .query(rs -> {
                    counts.computeIfAbsent(rs.getString("department"), d -> new long[6])[rs.getInt("level")] =
                            rs.getLong("n");
                });
        var result = new TreeMap<String, Satisfaction>();
        counts.forEach((name, perLevel) -> result.put(name, Satisfaction.of(perLevel)));
        return result;
    }

    public static Satisfaction total(Map<String, Satisfaction> byDepartment) {
        var sum = new long[6];
        byDepartment.values().forEach(s -> s.levels().forEach((level, n) -> sum[Integer.parseInt(level)] += n));
        return Satisfaction.of(sum);
    }
}
