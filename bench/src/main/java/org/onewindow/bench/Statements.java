package org.onewindow.bench;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The SQL statements each service's database ran, from PostgreSQL's own count
 * (pg_stat_statements, which the local stack loads): what a submission costs in round trips,
 * every service and background loop included. Transaction control (BEGIN, COMMIT, savepoints) is
 * counted apart, and the bench's own reads of the case timestamps are left out. Their execution
 * time is PostgreSQL's own clock: it counts lock waits, and leaves out parsing, the wire and the
 * commit's flush. Well below the load's rate it is close to their CPU; under load, the statements
 * that lead it are where the transactions queue.
 */
final class Statements {

    /** Every statement of the services' databases so far, each with its calls and execution time. */
    private static final String COUNT = """
            select d.datname, s.queryid, left(regexp_replace(s.query, '\\s+', ' ', 'g'), 110), s.calls,
                   (s.total_exec_time * 1000)::bigint,
                   upper(s.query) ~ '^(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)'
            from pg_stat_statements s
            join pg_database d on d.oid = s.dbid
            where d.datname in ('application', 'review', 'disclosure', 'catalog')
              and s.query not like 'select case_no, % = any($_)'
            """;

    /** One statement of one database, as pg_stat_statements keys it. */
    private record Statement(String database, long queryId, String text, boolean control) {}

    private final String url;
    private final String user;
    private final String password;

    /** Calls and microseconds of execution, per statement, over every interval measured. */
    private final Map<Statement, long[]> total = new HashMap<>();

    private Map<Statement, long[]> started;
    private String unavailable;

    Statements(String jdbc, String user, String password) {
        this.url = jdbc + "postgres";
        this.user = user;
        this.password = password;
    }

    void start() {
        started = counts();
    }

    void stop() {
        var now = counts();
        if (started == null || now == null) {
            return;
        }
        now.forEach((statement, calls) -> {
            var before = started.getOrDefault(statement, new long[2]);
            var sum = total.computeIfAbsent(statement, d -> new long[2]);
            sum[0] += calls[0] - before[0];
            sum[1] += calls[1] - before[1];
        });
    }

    /**
     * "SQL statements per submission: application 8.0, review 3.0, … all 15.2 (besides 9.1
     * BEGIN/COMMIT), executed in 1.20 ms": PostgreSQL's own clock of the execution, lock waits
     * included, parsing, the wire and the commit's flush not.
     */
    String perUnit(int units, String unit) {
        if (unavailable != null) {
            return "SQL statements not counted: " + unavailable;
        }
        if (units == 0) {
            return "SQL statements: no " + unit;
        }
        var byDatabase = new TreeMap<String, Long>();
        long control = 0;
        long micros = 0;
        for (var e : total.entrySet()) {
            if (e.getKey().control()) {
                control += e.getValue()[0];
            } else {
                byDatabase.merge(e.getKey().database(), e.getValue()[0], Long::sum);
            }
            micros += e.getValue()[1];
        }
        var parts = new StringBuilder();
        byDatabase.forEach(
                (database, calls) -> parts.append(String.format("%s %.1f, ", database, (double) calls / units)));
        long all = byDatabase.values().stream().mapToLong(Long::longValue).sum();
        return String.format(
                "SQL statements per %s: %sall %.1f (besides %.1f BEGIN/COMMIT), executed in %.2f ms",
                unit, parts, (double) all / units, (double) control / units, micros / 1000.0 / units);
    }

    /** The statements that took the longest to execute, per unit: where PostgreSQL's clock went, waits included. */
    List<String> slowest(int units, int limit) {
        if (unavailable != null || units == 0) {
            return List.of();
        }
        return total.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]))
                .limit(limit)
                .map(e -> String.format(
                        "%.2f ms in %.1f calls, %s: %s",
                        e.getValue()[1] / 1000.0 / units,
                        (double) e.getValue()[0] / units,
                        e.getKey().database(),
                        e.getKey().text()))
                .toList();
    }

    private Map<Statement, long[]> counts() {
        var counts = new HashMap<Statement, long[]>();
        try (var connection = DriverManager.getConnection(url, user, password);
                var statement = connection.createStatement();
                var rows = statement.executeQuery(COUNT)) {
            while (rows.next()) {
                // one entry per role too: the same statement of two roles counts as one
                counts.merge(
                        new Statement(rows.getString(1), rows.getLong(2), rows.getString(3), rows.getBoolean(6)),
                        new long[] {rows.getLong(4), rows.getLong(5)},
                        (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
            }
            return counts;
        } catch (SQLException e) {
            // a stack without pg_stat_statements (started before it was loaded): the rest of the run stands
            unavailable = e.getMessage() + " (restart the stack: it loads pg_stat_statements)";
            return null;
        }
    }
}
