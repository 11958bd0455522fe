package org.onewindow.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU time of the stack's processes, read from Linux's {@code /proc}, so a phase can say what one
 * submission cost each part of the platform. On a 2-core machine everything shares the same cores,
 * which makes this the figure that says where throughput goes. Elsewhere it reports nothing.
 */
final class ProcessCpu {

    private static final String CLIENT = "benchmark client";

    /** Recognised from each process's command line; the first match wins. */
    private static final List<Map.Entry<String, String>> PARTS = List.of(
            Map.entry("/gateway/target/", "gateway"),
            Map.entry("/portal/target/", "portal"),
            Map.entry("catalog-service", "catalog"),
            Map.entry("application-service", "application"),
            Map.entry("review-service", "review"),
            Map.entry("disclosure-service", "disclosure"),
            Map.entry("LoadBenchmark", CLIENT),
            Map.entry("PortalPagesBenchmark", CLIENT),
            Map.entry("WorkbenchBenchmark", CLIENT),
            Map.entry("keycloak", "keycloak"),
            Map.entry("kafka", "kafka"),
            Map.entry("postgres", "postgresql"));

    private static final Path PROC = Path.of("/proc");

    /** Keys of the JVMs' own threads' share ("pid part#jit"), beside the whole process's. */
    private static final String THREADS = "#";

    private static final String JIT = "jit";
    private static final String GC = "gc";
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
        double total = total();
        var text = new StringBuilder(String.format("CPU per %s: %.1f ms in all (", unit, 1000 * total / units));
        var parts = spent.entrySet().stream()
                .filter(e -> !e.getKey().contains(THREADS))
                .filter(e -> e.getValue() * 1000 / units >= 0.05)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .map(e -> String.format("%s %.1f", e.getKey(), 1000 * e.getValue() / units))
                .toList();
        text.append(String.join(", ", parts)).append(")");
        // what of it was the JVMs' own work, not the requests': a phase on a stack not yet warm
        // pays the JIT for code it will run for free later, and reads as costlier than it is
        double jit = threads(JIT);
        double gc = threads(GC);
        if (jit + gc > 0) {
            text.append(String.format(
                    "; of which the JVMs' JIT compilers %.1f and their GC and VM threads %.1f",
                    1000 * jit / units, 1000 * gc / units));
        }
        return text.toString();
    }

    /** Milliseconds of one part's CPU per unit over the measured intervals. */
    double partMillisPer(String part, int units) {
        return units == 0 ? Double.NaN : 1000 * spent.getOrDefault(part, 0.0) / units;
    }

    /** Milliseconds of CPU per unit over the measured intervals, of every part but the benchmark's own client. */
    double stackMillisPer(int units) {
        return units == 0 ? Double.NaN : 1000 * (total() - spent.getOrDefault(CLIENT, 0.0)) / units;
    }

    /** The part of all the CPU measured that the JVMs' JIT compilers took: near 0 once the stack is warm. */
    double jitShare() {
        double total = total();
        return total == 0 ? 0 : threads(JIT) / total;
    }

    private double total() {
        return spent.entrySet().stream()
                .filter(e -> !e.getKey().contains(THREADS))
                .mapToDouble(Map.Entry::getValue)
                .sum();
    }

    /**
     * Memory of the stack's processes (the benchmark's own client left out), in MB: each process's
     * proportional set size, so that the pages PostgreSQL's backends share count once, not once per
     * backend as their resident sizes would.
     */
    static double stackMemoryMegabytes() {
        var processes = processes();
        if (processes.isEmpty()) {
            return Double.NaN; // no /proc: not measured, never a goal met
        }
        return processes.stream().mapToDouble(ProcessCpu::proportionalKilobytes).sum() / 1024;
    }

    private static double proportionalKilobytes(Path process) {
        try {
            var part = partOf(process);
            if (part.isEmpty() || part.get().equals(CLIENT)) {
                return 0;
            }
            return Files.readAllLines(process.resolve("smaps_rollup")).stream()
                    .filter(line -> line.startsWith("Pss:"))
                    .mapToDouble(line -> Double.parseDouble(line.replaceAll("[^0-9]", "")))
                    .sum();
        } catch (IOException | RuntimeException e) {
            return 0; // the process ended meanwhile
        }
    }

    /** Which part of the stack a process is, from its command line. */
    private static Optional<String> partOf(Path process) throws IOException {
        return partOf(new String(Files.readAllBytes(process.resolve("cmdline")), StandardCharsets.UTF_8));
    }

    private static Optional<String> partOf(String commandLine) {
        return PARTS.stream()
                .filter(p -> commandLine.contains(p.getKey()))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    private double threads(String kind) {
        return spent.entrySet().stream()
                .filter(e -> e.getKey().endsWith(THREADS + kind))
                .mapToDouble(Map.Entry::getValue)
                .sum();
    }

    /** The stack's processes now, by pid: which part each one is. */
    static Map<Long, String> parts() {
        var parts = new TreeMap<Long, String>();
        for (var process : processes()) {
            try {
                partOf(process)
                        .ifPresent(part ->
                                parts.put(Long.valueOf(process.getFileName().toString()), part));
            } catch (IOException e) {
                // ended meanwhile
            }
        }
        return parts;
    }

    /** CPU seconds so far, keyed "pid part". */
    private static Map<String, Double> snapshot() {
        var result = new LinkedHashMap<String, Double>();
        processes().forEach(p -> read(p, result));
        return result;
    }

    /** Every process's folder under /proc; none where there is no /proc. */
    private static List<Path> processes() {
        if (!Files.isDirectory(PROC)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(PROC)) {
            return entries.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static void read(Path process, Map<String, Double> into) {
        try {
            var part = partOf(process);
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
            readThreads(process, process.getFileName() + " " + part.get(), into);
        } catch (IOException | RuntimeException e) {
            // the process ended between listing and reading: it simply does not count
        }
    }

    /**
     * A JVM's compiler threads ({@code C1 CompilerThre}, {@code C2 CompilerThre}) and its GC and VM
     * threads ({@code VM Thread}, where SerialGC collects, and {@code GC Thread#n}), by the thread
     * names in {@code /proc/PID/task/TID/stat}. A compiler thread the JVM retires meanwhile is missed.
     */
    private static void readThreads(Path process, String key, Map<String, Double> into) throws IOException {
        try (Stream<Path> tasks = Files.list(process.resolve("task"))) {
            for (var task : tasks.toList()) {
                String stat;
                try {
                    stat = Files.readString(task.resolve("stat"));
                } catch (IOException gone) {
                    continue;
                }
                var name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                var kind = name.contains("CompilerThre")
                        ? JIT
                        : name.equals("VM Thread") || name.startsWith("GC Thread") || name.startsWith("G1 ")
                                ? GC
                                : null;
                if (kind != null) {
                    var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    double ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    into.merge(key + THREADS + kind, ticks / TICKS_PER_SECOND, Double::sum);
                }
            }
        }
    }
}
