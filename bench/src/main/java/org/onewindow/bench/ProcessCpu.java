package org.onewindow.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU time of the stack's processes, read from Linux's {@code /proc}, so a phase can say what one
 * submission cost each part of the platform. On a 2-core machine everything shares the same cores,
 * which makes this the figure that says where throughput goes. Elsewhere it reports nothing.
 */
final class ProcessCpu {

    /** Recognised from each process's command line; the first match wins. */
    private static final List<Map.Entry<String, String>> PARTS = List.of(
            Map.entry("/gateway/target/", "gateway"),
            Map.entry("/portal/target/", "portal"),
            Map.entry("catalog-service", "catalog"),
            Map.entry("application-service", "application"),
            Map.entry("review-service", "review"),
            Map.entry("disclosure-service", "disclosure"),
            Map.entry("LoadBenchmark", "benchmark client"),
            Map.entry("PortalPagesBenchmark", "benchmark client"),
            Map.entry("WorkbenchBenchmark", "benchmark client"),
            Map.entry("keycloak", "keycloak"),
            Map.entry("kafka", "kafka"),
            Map.entry("postgres", "postgresql"));

    private static final Path PROC = Path.of("/proc");
    private static final double TICKS_PER_SECOND = 100; // USER_HZ, 100 on every Linux this runs on

    /** CPU seconds per part over every interval between {@link #start()} and {@link #stop()}. */
    private final Map<String, Double> spent = new TreeMap<>();

    private Map<String, Double> atStart = Map.of();

    void start() {
        atStart = snapshot();
    }

    void stop() {
        snapshot().forEach((key, seconds) -> {
            var part = key.substring(key.indexOf(' ') + 1);
            spent.merge(part, seconds - atStart.getOrDefault(key, 0.0), Double::sum);
        });
    }

    /**
     * Milliseconds of CPU per unit of work ({@code units} submissions) over the measured intervals,
     * per part, largest first, and the total. Processes that ended meanwhile (PostgreSQL backends)
     * are missed: the figure errs low, never high.
     */
    String perUnit(int units, String unit) {
        if (units == 0 || spent.isEmpty()) {
            return "CPU per " + unit + ": not measured (no /proc here, or nothing done)";
        }
        double total = spent.values().stream().mapToDouble(Double::doubleValue).sum();
        var text = new StringBuilder(String.format("CPU per %s: %.1f ms in all (", unit, 1000 * total / units));
        var parts = spent.entrySet().stream()
                .filter(e -> e.getValue() * 1000 / units >= 0.05)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .map(e -> String.format("%s %.1f", e.getKey(), 1000 * e.getValue() / units))
                .toList();
        return text.append(String.join(", ", parts)).append(")").toString();
    }

    /** CPU seconds so far, keyed "pid part". */
    private static Map<String, Double> snapshot() {
        var result = new LinkedHashMap<String, Double>();
        if (!Files.isDirectory(PROC)) {
            return result;
        }
        try (Stream<Path> entries = Files.list(PROC)) {
            entries.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .forEach(p -> read(p, result));
        } catch (IOException e) {
            return result;
        }
        return result;
    }

    private static void read(Path process, Map<String, Double> into) {
        try {
            var commandLine = new String(Files.readAllBytes(process.resolve("cmdline")), StandardCharsets.UTF_8);
            var part = PARTS.stream()
                    .filter(p -> commandLine.contains(p.getKey()))
                    .map(Map.Entry::getValue)
                    .findFirst();
            if (part.isEmpty()) {
                return;
            }
            var stat = Files.readString(process.resolve("stat"));
            // fields after the command name, which is in parentheses and may hold spaces
            var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // utime, stime, cutime, cstime: fields 14–17 of proc(5), 12–15 after the name
            double ticks = 0;
            for (int i = 11; i <= 14; i++) {
                ticks += Long.parseLong(fields[i]);
            }
            into.put(process.getFileName() + " " + part.get(), ticks / TICKS_PER_SECOND);
        } catch (IOException | RuntimeException e) {
            // the process ended between listing and reading: it simply does not count
        }
    }
}
