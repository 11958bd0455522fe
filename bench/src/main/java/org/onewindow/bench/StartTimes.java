package org.onewindow.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    /** The six services' logs, as the local stack names them. */
    private static final List<String> SERVICES = List.of(
            "application-service", "catalog-service", "disclosure-service", "gateway", "portal", "review-service");

    /**
     * Seconds from the slowest service's launch to its start; NaN (never a goal met) unless every
     * service's log says when it started.
     */
    static double slowest() {
        double slowest = 0;
        for (var service : SERVICES) {
            double seconds = lastStart(LOGS.resolve(service + ".log"));
            if (Double.isNaN(seconds)) {
                return Double.NaN;
            }
            slowest = Math.max(slowest, seconds);
        }
        return slowest;
    }

    private static double lastStart(Path log) {
        double seconds = Double.NaN;
        // ISO-8859-1 reads any byte: a line that is not UTF-8 must not end the search early
        try (Stream<String> lines = Files.lines(log, StandardCharsets.ISO_8859_1)) {
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
