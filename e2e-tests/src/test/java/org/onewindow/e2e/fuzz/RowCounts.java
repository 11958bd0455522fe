package org.onewindow.e2e.fuzz;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Row counts of every table of every service's database, read straight from PostgreSQL: a refused
 * request must leave them as they were. Counts, not contents: an insert or a delete on a refusal
 * shows; an update does not (the issue asks for counts, and an update on a refusal would need a
 * checksum of every row after every request).
 */
public final class RowCounts implements AutoCloseable {

    /**
     * Tables written on a clock, never by a request, and left out for that reason: a row that
     * appears there during a request is not the request's doing; and the sharing access log,
     * which every sharing call writes on purpose, refused ones above all.
     */
    public static final Map<String, String> EXCLUDED = Map.of(
            "sharing_access", "the sharing API's access log: every call is logged, a refused one too (issue 18)",
            "provincial_attempt",
                    "the provincial relay's delivery attempts of messages queued before, written on its poller's clock",
            "audit_checkpoint",
                    "review's periodic signed checkpoints of the audit trails (AuditCheckpointer, every 5 min)",
            "audit_anchor", "the trail heads each such checkpoint anchors, written with it");

    private static final Duration POLL = Duration.ofMillis(300);
    private static final int QUIET_POLLS = 3;

    private final Map<String, Connection> connections = new LinkedHashMap<>();
    private final Map<String, String> countQueries = new LinkedHashMap<>();
    private final Map<String, Map<String, Long>> latest = new LinkedHashMap<>();

    private RowCounts() {}

    /** Connects to each database (by name) with the given URL for it. */
    public static RowCounts open(
            List<String> databases, Function<String, String> jdbcUrl, String user, String password) {
        var counts = new RowCounts();
        try {
            for (var database : databases) {
                var connection = DriverManager.getConnection(jdbcUrl.apply(database), user, password);
                connection.setAutoCommit(true);
                counts.connections.put(database, connection);
                counts.countQueries.put(database, countQuery(connection));
            }
        } catch (SQLException e) {
            counts.close();
            throw new IllegalStateException("could not connect to the services' databases", e);
        }
        return counts;
    }

    /** Every table's count in one database, read now, and remembered as its latest. */
    Map<String, Long> snapshot(String database) {
        var counts = new TreeMap<String, Long>();
        try (var statement = connections.get(database).createStatement();
                var rows = statement.executeQuery(countQueries.get(database))) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not count the rows of " + database, e);
        }
        latest.put(database, counts);
        return counts;
    }

    /** The counts read last for a database (after the request before), or now if none were. */
    Map<String, Long> latest(String database) {
        var counts = latest.get(database);
        return counts != null ? counts : snapshot(database);
    }

    boolean knows(String database) {
        return connections.containsKey(database);
    }

    Map<String, Map<String, Long>> snapshotAll() {
        var all = new LinkedHashMap<String, Map<String, Long>>();
        connections.keySet().forEach(database -> all.put(database, snapshot(database)));
        return all;
    }

    /**
     * Waits until the platform is quiet: no event waiting in any outbox, and no count moving for
     * {@value #QUIET_POLLS} polls in a row. An accepted request's events travel on through Kafka
     * and land in other services' tables; they must not be blamed on the next request.
     */
    boolean settle(Duration atMost) {
        if (connections.isEmpty()) {
            return true;
        }
        long deadline = System.nanoTime() + atMost.toNanos();
        var previous = snapshotAll();
        int quiet = 0;
        while (System.nanoTime() < deadline) {
            sleep();
            var current = snapshotAll();
            quiet = current.equals(previous) && pendingEvents() == 0 ? quiet + 1 : 0;
            if (quiet >= QUIET_POLLS) {
                return true;
            }
            previous = current;
        }
        return false;
    }

    /** What changed between two counts of one database: table to difference, only those that moved. */
    static Map<String, Long> difference(Map<String, Long> before, Map<String, Long> after) {
        var changed = new TreeMap<String, Long>();
        after.forEach((table, count) -> {
            long delta = count - before.getOrDefault(table, 0L);
            if (delta != 0) {
                changed.put(table, delta);
            }
        });
        return changed;
    }

    private long pendingEvents() {
        long pending = 0;
        for (var connection : connections.values()) {
            try (var statement = connection.createStatement();
                    var rows = statement.executeQuery(
                            "select count(*) from outbox_event where published_at is null and parked_at is null")) {
                rows.next();
                pending += rows.getLong(1);
            } catch (SQLException e) {
                // a database without an outbox has no events to wait for
            }
        }
        return pending;
    }

    private static String countQuery(Connection connection) throws SQLException {
        var tables = new ArrayList<String>();
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("select table_name from information_schema.tables"
                        + " where table_schema = current_schema() and table_type = 'BASE TABLE' order by 1")) {
            while (rows.next()) {
                var table = rows.getString(1);
                if (!EXCLUDED.containsKey(table)) {
                    tables.add(table);
                }
            }
        }
        if (tables.isEmpty()) {
            return "select 'none', 0 where false";
        }
        return tables.stream()
                .map(t -> "select '" + t + "', count(*) from \"" + t.replace("\"", "\"\"") + "\"")
                .collect(Collectors.joining(" union all "));
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        for (var connection : connections.values()) {
            try {
                connection.close();
            } catch (SQLException e) {
                // closing at the end of a run: nothing left to do about it
            }
        }
    }
}
