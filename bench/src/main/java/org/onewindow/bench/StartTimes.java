package org.onewindow.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * How long the running stack's services took to start, from their own logs ({@code ./onewindow
 * start} writes them to {@code .onewindow/logs}): Spring Boot's "Started … (process running for
 * N)" of each service's last start. The slowest is when the stack could serve, bar the few hundred
 * milliseconds the launcher takes to notice.
 */
final class StartTimes {

    private static final Path LOGS = Path.of(".onewindow", "logs");

    private static final Pattern STARTED =
            Pattern.compile("Started \\w+ in [0-9.]+ seconds \\(process running for ([0-9.]+)\\)");

    private StartTimes() {}

    /** Seconds from the slowest service's launch to its start; NaN (never a goal met) without the logs. */
    static double slowest() {
        if (!Files.isDirectory(LOGS)) {
            return Double.NaN;
        }
        try (Stream<Path> logs = Files.list(LOGS)) {
            return logs.filter(log -> log.toString().endsWith(".log"))
                    .mapToDouble(StartTimes::lastStart)
                    .filter(seconds -> !Double.isNaN(seconds))
                    .max()
                    .orElse(Double.NaN);
        } catch (IOException e) {
            return Double.NaN;
        }
    }

    private static double lastStart(Path log) {
        double seconds = Double.NaN;
        try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
            for (var line : (Iterable<String>) lines::iterator) {
                var started = STARTED.matcher(line);
                if (started.find()) {
                    seconds = Double.parseDouble(started.group(1));
                }
            }
        } catch (IOException | RuntimeException e) {
            // unreadable: this service says nothing
        }
        return seconds;
    }
}
