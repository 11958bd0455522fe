package org.onewindow.localstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/**
 * A real PostgreSQL server from Maven artifacts (zonky's binaries), one database per service,
 * owned by the dev-only role {@code onewindow}. Its data directory survives restarts.
 */
public final class Postgres implements AutoCloseable {

    public static final String USER = "onewindow";
    /** Dev-only: the embedded server trusts loopback connections; deployments set their own. */
    public static final String PASSWORD = "onewindow-dev-only";

    private final EmbeddedPostgres server;
    private final int port;

    private Postgres(EmbeddedPostgres server, int port) {
        this.server = server;
        this.port = port;
    }

    public static Postgres start(Path dataDir, int port, List<String> databases) {
        Probes.requireFree(port, "PostgreSQL");
        try {
            Files.createDirectories(dataDir);
            var log = dataDir.resolveSibling("postgres.log");
            var server = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setLocaleConfig("locale", "C.UTF-8")
                    .setLocaleConfig("encoding", "UTF8")
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "300")
                    // WAL kept behind the current position, so that a backup (Backup) copying the
                    // files while the stack runs still finds the segment it started in
                    .setServerConfig("wal_keep_size", "256MB")
                    // every statement counted by database: the bench divides them by the submissions
                    .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // the stack stops PostgreSQL last, after the services; zonky's own hook would race them
                    .setRegisterShutdownHook(false)
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            var postgres = new Postgres(server, port);
            postgres.createDatabases(databases);
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start", e);
        }
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    /** Creates a database if it is not there yet: for test suites that want one of their own. */
    public void createDatabases(List<String> databases) {
        try (var connection = server.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            try (var roles = statement.executeQuery("select 1 from pg_roles where rolname = '" + USER + "'")) {
                if (!roles.next()) {
                    statement.execute("create role " + USER + " login createdb password '" + PASSWORD + "'");
                }
            }
            statement.execute("create extension if not exists pg_stat_statements");
            // the bench reads every service's statements, whoever ran them
            statement.execute("grant pg_read_all_stats to " + USER);
            for (var database : databases) {
                try (var existing =
                        statement.executeQuery("select 1 from pg_database where datname = '" + database + "'")) {
                    if (!existing.next()) {
                        statement.execute("create database " + database + " owner " + USER
                                + " encoding 'UTF8' lc_collate 'C.UTF-8' lc_ctype 'C.UTF-8' template template0");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create databases " + databases, e);
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
