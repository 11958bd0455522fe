package org.onewindow.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Properties;
import java.util.Set;

/**
 * {@code ./onewindow backup DIR}: one consistent copy of every database of the running stack,
 * the services' and Keycloak's, taken at a single point.
 *
 * <p>Why a physical copy and not a dump per database: four {@code pg_dump}s are four snapshots at
 * four moments, so a case submitted between two of them would be in application's copy and not
 * in review's. All the databases live in one PostgreSQL server, and a copy of its data directory
 * made between {@code pg_backup_start} and {@code pg_backup_stop}, with the WAL written meanwhile,
 * restores to one moment for all of them. (PostgreSQL's own {@code pg_basebackup} does the same,
 * but the stack's server is zonky's PostgreSQL 17, which ships no client tools, and Debian's are
 * older than the server.) The copy is a plain data directory: {@link Restore} puts it back.
 *
 * <p>Kafka is not copied: every event it carries is still in its producer's outbox (published rows
 * are kept for the retention period), and {@link Restore} sends them again from the copy.
 */
public final class Backup {

    /** Written beside the copy: when it was taken and where its WAL ends. */
    static final String MANIFEST = "onewindow-backup.properties";

    static final String DATA = "postgres";

    /** Never copied: they describe the running server, not the data (PostgreSQL's "Making a Base Backup"). */
    private static final Set<String> RUNTIME_FILES = Set.of("postmaster.pid", "postmaster.opts");

    private static final Set<String> RUNTIME_DIRS = Set.of(
            "pg_wal",
            "pg_replslot",
            "pg_dynshmem",
            "pg_notify",
            "pg_serial",
            "pg_snapshots",
            "pg_stat_tmp",
            "pg_subtrans");

    private Backup() {}

    /** What a backup took, and how long it took. */
    public record Taken(Path directory, OffsetDateTime at, String stopLsn, Duration took, long bytes) {}

    /**
     * Copies the running server's data directory {@code dataDir} (the stack's {@code postgres/})
     * into {@code target}, which must not exist or be empty.
     */
    public static Taken take(Ports ports, Path dataDir, Path target) {
        long t0 = System.nanoTime();
        requireEmpty(target);
        // the superuser: pg_backup_start is not granted to the services' role
        try (var connection = DriverManager.getConnection(
                        "jdbc:postgresql://127.0.0.1:" + ports.postgres() + "/postgres", "postgres", "");
                var statement = connection.createStatement()) {
            // one session from start to stop: the backup belongs to it and ends if it drops
            var at = OffsetDateTime.now();
            statement.execute("select pg_backup_start('onewindow " + at + "', true)");
            var data = target.resolve(DATA);
            long bytes = copy(dataDir, data);
            String label;
            String lsn;
            try (var stop = statement.executeQuery("select lsn, labelfile from pg_backup_stop(false)")) {
                stop.next();
                lsn = stop.getString("lsn");
                label = stop.getString("labelfile");
            }
            Files.writeString(data.resolve("backup_label"), label);
            // the WAL written while the files were copied, up to and past the stop point (the
            // stop switched to a new segment, so the one holding it is complete on disk)
            bytes += copyWal(dataDir.resolve("pg_wal"), data.resolve("pg_wal"));
            requireStartSegment(label, data.resolve("pg_wal"));
            var took = Duration.ofNanos(System.nanoTime() - t0);
            var manifest = new Properties();
            manifest.setProperty("taken-at", at.toString());
            manifest.setProperty("stop-lsn", lsn);
            manifest.setProperty("took-ms", String.valueOf(took.toMillis()));
            try (var out = Files.newBufferedWriter(target.resolve(MANIFEST))) {
                manifest.store(out, "OneWindow backup: ./onewindow restore " + target);
            }
            return new Taken(target, at, lsn, took, bytes);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "PostgreSQL on port " + ports.postgres() + " could not be backed up: is the stack running? "
                            + e.getMessage(),
                    e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void requireEmpty(Path target) {
        try {
            if (Files.exists(target)) {
                try (var entries = Files.list(target)) {
                    if (entries.findAny().isPresent()) {
                        throw new IllegalArgumentException(
                                target + " is not empty: a backup goes into a directory of its own");
                    }
                }
            }
            Files.createDirectories(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The data directory without the running server's files; a file removed while copying is skipped. */
    private static long copy(Path from, Path to) throws IOException {
        var bytes = new long[1];
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir)));
                // these directories are created empty: the server fills them as it runs
                return dir != from
                                && RUNTIME_DIRS.contains(dir.getFileName().toString())
                                && dir.getParent().equals(from)
                        ? FileVisitResult.SKIP_SUBTREE
                        : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                var name = file.getFileName().toString();
                if ((file.getParent().equals(from) && RUNTIME_FILES.contains(name)) || name.startsWith("pgsql_tmp")) {
                    return FileVisitResult.CONTINUE;
                }
                try {
                    Files.copy(file, to.resolve(from.relativize(file)), StandardCopyOption.COPY_ATTRIBUTES);
                    bytes[0] += attributes.size();
                } catch (NoSuchFileException dropped) {
                    // a relation dropped (or a temporary file gone) while copying: the WAL says so
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }
        });
        return bytes[0];
    }

    /**
     * The segment the backup started in must be in the copy, or the copy cannot be restored. The
     * stack's server keeps {@code wal_keep_size} of WAL behind (see {@link Postgres}), so only a
     * copy slower than that much writing misses it; it then fails here, not at a restore.
     */
    private static void requireStartSegment(String label, Path wal) {
        var start = java.util.regex.Pattern.compile("START WAL LOCATION: \\S+ \\(file (\\w+)\\)")
                .matcher(label);
        if (!start.find() || !Files.exists(wal.resolve(start.group(1)))) {
            throw new IllegalStateException("the backup's first WAL segment was recycled while copying; take it again");
        }
    }

    private static long copyWal(Path from, Path to) throws IOException {
        long bytes = 0;
        Files.createDirectories(to.resolve("archive_status"));
        try (var segments = Files.list(from)) {
            for (var segment : segments.filter(Files::isRegularFile).toList()) {
                try {
                    Files.copy(segment, to.resolve(segment.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                    bytes += Files.size(segment);
                } catch (NoSuchFileException recycled) {
                    // an old segment recycled meanwhile: the backup needs only those from its start on
                }
            }
        }
        return bytes;
    }
}
