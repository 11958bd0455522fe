package org.onewindow.bench;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * PostgreSQL's own ceiling on this machine: single-row inserts, each committed durably (as a
 * submission's transaction is), from as many connections as the benchmark has clients.
 */
final class PostgresReference {

    private PostgresReference() {}

    static Latencies measure(String url, String user, String password, int connections, int seconds) throws Exception {
        try (var setup = DriverManager.getConnection(url, user, password);
                var statement = setup.createStatement()) {
            statement.execute("create table if not exists bench_reference (id bigserial primary key, payload text,"
                    + " at timestamptz not null default now())");
        }
        var latencies = new Latencies();
        var pool = Executors.newFixedThreadPool(connections);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        for (int i = 0; i < connections; i++) {
            pool.submit(() -> {
                try (var connection = DriverManager.getConnection(url, user, password);
                        var insert = connection.prepareStatement("insert into bench_reference (payload) values (?)")) {
                    connection.setAutoCommit(true);
                    while (System.nanoTime() < deadline) {
                        long t0 = System.nanoTime();
                        insert.setString(1, "a submission's worth of row");
                        insert.executeUpdate();
                        latencies.record(System.nanoTime() - t0);
                    }
                } catch (SQLException e) {
                    latencies.error();
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 30L, TimeUnit.SECONDS);
        try (var cleanup = DriverManager.getConnection(url, user, password);
                var statement = cleanup.createStatement()) {
            statement.execute("drop table bench_reference");
        }
        return latencies;
    }
}
