package org.onewindow.bench;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;

/**
 * The SQL statements each service's database ran, from PostgreSQL's own count
 * (pg_stat_statements, which the local stack loads): what a submission costs in round trips,
 * every service and background loop included. Transaction control (BEGIN, COMMIT, savepoints) is
 * counted apart, and the bench's own reads of the case timestamps are left out.
 */
final class Statements {

    private static final String COUNT = """
            select d.datname,
                   sum(s.calls) filter (where not s.control),
                   sum(s.calls) filter (where s.control)
            from (select dbid, calls, upper(query) ~ '^(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)' as control
                  from pg_stat_statements
                  where query not like 'select case_no, % = any($1)') s
            join pg_database d on d.oid = s.dbid
            where d.datname in ('application', 'review', 'disclosure', 'catalog')
            group by d.datname
            """;

    private final String url;
    private final String user;
    private final String password;
    private final Map<String, long[]> total = new TreeMap<>();
    private Map<String, long[]> started;
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
        now.forEach((database, calls) -> {
            var before = started.getOrDefault(database, new long[2]);
            var sum = total.computeIfAbsent(database, d -> new long[2]);
            sum[0] += calls[0] - before[0];
            sum[1] += calls[1] - before[1];
        });
    }

    /** "SQL statements per submission: application 8.0, review 3.0, … all 15.2 (and 9.1 BEGIN/COMMIT)". */
    String perUnit(int units, String unit) {
        if (unavailable != null) {
            return "SQL statements not counted: " + unavailable;
        }
        if (units == 0) {
            return "SQL statements: no " + unit;
        }
        var parts = new StringBuilder();
        long all = 0;
        long control = 0;
        for (var e : total.entrySet()) {
            parts.append(String.format("%s %.1f, ", e.getKey(), (double) e.getValue()[0] / units));
            all += e.getValue()[0];
            control += e.getValue()[1];
        }
        return String.format(
                "SQL statements per %s: %sall %.1f (besides %.1f BEGIN/COMMIT)",
                unit, parts, (double) all / units, (double) control / units);
    }

    private Map<String, long[]> counts() {
        var counts = new TreeMap<String, long[]>();
        try (var connection = DriverManager.getConnection(url, user, password);
                var statement = connection.createStatement();
                var rows = statement.executeQuery(COUNT)) {
            while (rows.next()) {
                counts.put(rows.getString(1), new long[] {rows.getLong(2), rows.getLong(3)});
            }
            return counts;
        } catch (SQLException e) {
            // a stack without pg_stat_statements (started before it was loaded): the rest of the run stands
            unavailable = e.getMessage() + " (restart the stack: it loads pg_stat_statements)";
            return null;
        }
    }
}
