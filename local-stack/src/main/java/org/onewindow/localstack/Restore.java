package org.onewindow.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * {@code ./onewindow restore DIR}: puts a {@link Backup} back into a stopped stack, so that the
 * next {@code ./onewindow start} starts on it.
 *
 * <p>The databases come back to the backup's one moment. What makes that safe is what is done to
 * Kafka, whose broker still holds events from after that moment and whose consumer positions are
 * past events the restored databases have not seen:
 * <ul>
 *   <li>The broker's data is set aside, not kept: an event from after the backup would make its
 *       consumers create a case its producer no longer has (half there).</li>
 *   <li>Every outbox row the copy holds as published is marked unsent, so each producer sends its
 *       events of the retention period again, in order. A consumer that had applied one before the
 *       backup finds its id in its restored inbox and skips it; one that had not (the event was in
 *       flight at the backup's moment) applies it now. No event from before the backup is lost,
 *       and none from after it comes back.</li>
 *   <li>With a new broker there are no consumer positions: every group starts at the beginning of
 *       the re-sent events ({@code auto-offset-reset: earliest}).</li>
 *   <li>A case number issued after the backup went to the provincial platform and is printed on
 *       someone's receipt; it must not be issued again to another case. The numbers the data
 *       being replaced had issued are kept issued ({@link CaseNumbersIssued}).</li>
 * </ul>
 * What the previous data directories held is kept in {@code before-restore/} until the next restore.
 */
public final class Restore {

    static final String SET_ASIDE = "before-restore";

    private Restore() {}

    /** What a restore did: the backup's moment, the events each database will send again, how long it took. */
    public record Restored(
            String backupTakenAt, Map<String, Integer> eventsToResend, int caseNumbersKeptIssued, Duration took) {}

    public static Restored into(Path home, Ports ports, Path backup) {
        long t0 = System.nanoTime();
        var manifest = manifest(backup);
        // a running stack would be restored under its own feet
        Probes.requireFree(ports.postgres(), "PostgreSQL");
        Probes.requireFree(ports.kafka(), "Kafka");
        try {
            var aside = home.resolve(SET_ASIDE);
            LocalStack.deleteRecursively(aside);
            Files.createDirectories(aside);
            for (var part : List.of("postgres", "kafka")) {
                if (Files.exists(home.resolve(part))) {
                    Files.move(home.resolve(part), aside.resolve(part));
                }
            }
            var issued = CaseNumbersIssued.readFrom(aside.resolve("postgres"));
            var data = home.resolve("postgres");
            copy(backup.resolve(Backup.DATA), data);
            // PostgreSQL refuses a data directory others can read
            Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
            var resend = new LinkedHashMap<String, Integer>();
            try (var postgres = Postgres.start(data, ports.postgres(), List.of())) {
                for (var database : PlatformService.databases()) {
                    resend.put(database, markUnsent(postgres.jdbcUrl(database)));
                }
                issued.keepIn(postgres.jdbcUrl(PlatformService.APPLICATION.database()));
            }
            return new Restored(
                    manifest.getProperty("taken-at"), resend, issued.size(), Duration.ofNanos(System.nanoTime() - t0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties manifest(Path backup) {
        var file = backup.resolve(Backup.MANIFEST);
        if (!Files.isRegularFile(file) || !Files.isDirectory(backup.resolve(Backup.DATA))) {
            throw new IllegalArgumentException(backup + " is not a OneWindow backup (no " + Backup.MANIFEST + ")");
        }
        var manifest = new Properties();
        try (var in = Files.newBufferedReader(file)) {
            manifest.load(in);
            return manifest;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The published outbox rows of one database, marked unsent; a database without an outbox has none. */
    private static int markUnsent(String jdbcUrl) {
        try (var connection = DriverManager.getConnection(jdbcUrl, Postgres.USER, Postgres.PASSWORD);
                var statement = connection.createStatement()) {
            try (var outbox = statement.executeQuery("select to_regclass('outbox_event') is not null")) {
                outbox.next();
                if (!outbox.getBoolean(1)) {
                    return 0;
                }
            }
            return statement.executeUpdate(
                    "update outbox_event set published_at = null where published_at is not null");
        } catch (SQLException e) {
            throw new IllegalStateException("could not mark the outbox of " + jdbcUrl + " unsent", e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (var path : paths.toList()) {
                var target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
