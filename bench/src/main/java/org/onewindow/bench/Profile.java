package org.onewindow.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Where the CPU goes inside each process of the stack, sampled by Linux {@code perf} across the
 * whole machine over one stretch of a phase ({@code -Dbench.profile=true}, as root). The
 * per-process figures say how much each part costs; this says what it spends it on: the kernel
 * (loopback TCP, scheduling), the JVM's own code, compiled Java, PostgreSQL's executor, and which
 * functions lead. Java frames are named from the maps each JVM writes on request
 * ({@code jcmd PID Compiler.perfmap}, with that JVM's own jcmd). Samples are flat, without call
 * chains: compiled Java keeps no frame pointers, so chains through it would be guesses.
 */
final class Profile {

    /** Samples per second per core: enough for a few thousand samples in a 10 s round, at ~1% of a core. */
    private static final int FREQUENCY = 499;

    private static final int TOP = 30;

    /** "comm pid/tid ip symbol (dso)", as {@code perf script -F comm,pid,tid,ip,sym,dso} prints it. */
    private static final Pattern SAMPLE =
            Pattern.compile("^\\s*(.*?)\\s+(\\d+)/(\\d+)\\s+([0-9a-f]+)\\s+(.*?)\\s*\\(([^()]*)\\)\\s*$");

    private static final String COMPILED = "compiled Java";

    /** A compiled method as the JVM's perf map names it: "ReturnType pkg.Class.method(ParamTypes)". */
    private static final Pattern JAVA_METHOD = Pattern.compile("^(?:\\S+ )?([\\w$.]+\\.[\\w$<>]+)\\(.*\\)$");

    private final Path directory;
    private final Process perf;
    private final long started = System.nanoTime();
    private double seconds;

    private Profile(Path directory, Process perf) {
        this.directory = directory;
        this.perf = perf;
    }

    /** Starts perf, or says why it could not; the run goes on either way. */
    static Profile start(Path directory, List<String> why) {
        try {
            Files.createDirectories(directory);
            var perf = new ProcessBuilder(
                            "perf",
                            "record",
                            "-F",
                            String.valueOf(FREQUENCY),
                            "-a",
                            "-q",
                            "-o",
                            directory.resolve("perf.data").toString())
                    .redirectErrorStream(true)
                    .redirectOutput(directory.resolve("perf-record.log").toFile())
                    .start();
            if (perf.waitFor(1, TimeUnit.SECONDS)) {
                why.add("perf stopped at once: see " + directory.resolve("perf-record.log"));
                return null;
            }
            var profile = new Profile(directory, perf);
            // an exit this run did not plan (an error, ^C) must not leave perf sampling the machine
            Runtime.getRuntime().addShutdownHook(new Thread(perf::destroy));
            return profile;
        } catch (IOException e) {
            why.add("perf not found (apt-get install linux-perf): " + e.getMessage());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Stops perf: the phase's measured work ends here. */
    void stopRecording() throws InterruptedException {
        seconds = (System.nanoTime() - started) / 1e9;
        perf.destroy(); // SIGTERM: perf writes its file and exits
        if (!perf.waitFor(60, TimeUnit.SECONDS)) {
            perf.destroyForcibly();
        }
    }

    /**
     * Names the JVMs' compiled code and reads the samples: the summary, and the full lists in
     * profile.txt. Called once the phase's CPU is counted, since the JVMs write their maps and this
     * client reads tens of MB of samples, which are no submission's cost. A profile that fails says
     * so in a line; the run's figures stand without it.
     */
    List<String> report() {
        try {
            return summarise();
        } catch (IOException | RuntimeException e) {
            return List.of("profile: not read (" + e + "); perf's samples are in " + directory.resolve("perf.data"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of("profile: interrupted");
        }
    }

    private List<String> summarise() throws IOException, InterruptedException {
        if (!Files.exists(directory.resolve("perf.data"))) {
            return List.of("profile: perf wrote nothing, see " + directory.resolve("perf-record.log"));
        }
        var parts = ProcessCpu.parts();
        parts.keySet().forEach(Profile::writePerfMap);
        var samples = read(parts);
        var lines = summary(samples, seconds);
        var file = directory.resolve("profile.txt");
        Files.write(file, details(samples), StandardCharsets.UTF_8);
        lines.add("  (every process's top " + TOP + " functions: " + file + ")");
        return lines;
    }

    /** Asks a JVM for the map of its compiled methods, with the jcmd beside its own java; other processes ignore it. */
    private static void writePerfMap(long pid) {
        try {
            var exe = Files.readSymbolicLink(Path.of("/proc", String.valueOf(pid), "exe"));
            if (!exe.getFileName().toString().equals("java")) {
                return;
            }
            var jcmd = exe.resolveSibling("jcmd");
            var process = new ProcessBuilder(jcmd.toString(), String.valueOf(pid), "Compiler.perfmap")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException e) {
            // gone, or not ours to read: its compiled code shows as unnamed
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Samples per part, then per "where" (kernel, JVM, compiled Java, …), per function, and per
     * package of the compiled Java method that was running (a leaf, not who called it).
     */
    private record Samples(
            Map<String, Map<String, Integer>> where,
            Map<String, Map<String, Integer>> functions,
            Map<String, Map<String, Integer>> packages) {

        int of(String part) {
            return where.getOrDefault(part, Map.of()).values().stream()
                    .mapToInt(Integer::intValue)
                    .sum();
        }

        int all() {
            return where.keySet().stream().mapToInt(this::of).sum();
        }
    }

    private Samples read(Map<Long, String> parts) throws IOException, InterruptedException {
        var out = directory.resolve("perf-script.txt");
        var script = new ProcessBuilder(
                        "perf",
                        "script",
                        "-i",
                        directory.resolve("perf.data").toString(),
                        "-F",
                        "comm,pid,tid,ip,sym,dso")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectOutput(out.toFile())
                .start();
        if (!script.waitFor(10, TimeUnit.MINUTES)) {
            script.destroyForcibly();
            throw new IOException("perf script took over 10 minutes");
        }
        if (script.exitValue() != 0) {
            throw new IOException("perf script exited with " + script.exitValue());
        }
        var where = new TreeMap<String, Map<String, Integer>>();
        var functions = new TreeMap<String, Map<String, Integer>>();
        var packages = new TreeMap<String, Map<String, Integer>>();
        // perf prints symbols as the binaries hold them, not always UTF-8: ISO-8859-1 reads any byte
        try (var lines = Files.lines(out, StandardCharsets.ISO_8859_1)) {
            lines.forEach(line -> {
                var m = SAMPLE.matcher(line);
                if (!m.matches()) {
                    return;
                }
                long pid = Long.parseLong(m.group(2));
                var part = pid == 0 ? "idle" : parts.getOrDefault(pid, "other");
                var thread = thread(m.group(1));
                var dso = where(m.group(6));
                var symbol = m.group(5).isBlank() || m.group(5).equals("[unknown]") ? "?" : m.group(5);
                var javaMethod = JAVA_METHOD.matcher(symbol);
                boolean java = dso.equals(COMPILED) && javaMethod.matches();
                if (dso.equals(COMPILED) && symbol.startsWith("Interpreter")) {
                    dso = "interpreter"; // code not compiled yet: the JIT's backlog, like its threads
                }
                where.computeIfAbsent(part, p -> new HashMap<>())
                        .merge(thread.isEmpty() ? dso : thread, 1, Integer::sum);
                if (thread.isEmpty()) {
                    var function = java ? shortName(javaMethod.group(1)) : symbol + " [" + dso + "]";
                    functions.computeIfAbsent(part, p -> new HashMap<>()).merge(function, 1, Integer::sum);
                    if (java) {
                        packages.computeIfAbsent(part, p -> new HashMap<>())
                                .merge(packageOf(javaMethod.group(1)), 1, Integer::sum);
                    }
                }
            });
        }
        Files.deleteIfExists(out); // tens of MB; perf.data stays for perf report
        return new Samples(where, functions, packages);
    }

    /** "TransactionAspectSupport.invokeWithinTransaction" of "org.springframework….TransactionAspectSupport.invokeWithinTransaction". */
    private static String shortName(String qualified) {
        int method = qualified.lastIndexOf('.');
        int type = qualified.lastIndexOf('.', method - 1);
        return qualified.substring(type + 1);
    }

    /** The first three names of the package ("org.springframework.security"), enough to tell the libraries apart. */
    private static String packageOf(String qualified) {
        var names = qualified.split("\\.");
        int packageNames = names.length - 2; // the class and the method
        return String.join(".", Arrays.copyOfRange(names, 0, Math.max(1, Math.min(3, packageNames))));
    }

    /** The JVM's own threads, whose work is not the requests': what ProcessCpu splits off too. */
    private static String thread(String comm) {
        if (comm.contains("CompilerThre")) {
            return "JIT compiler threads";
        }
        if (comm.equals("VM Thread") || comm.startsWith("GC Thread") || comm.startsWith("G1 ")) {
            return "GC and VM threads";
        }
        return "";
    }

    private static String where(String dso) {
        if (dso.equals("[kernel.kallsyms]")) {
            return "kernel";
        }
        if (dso.startsWith("/tmp/perf-") || dso.equals("[unknown]") || dso.equals("[JIT]")) {
            return COMPILED;
        }
        if (dso.endsWith("/libjvm.so")) {
            return "JVM";
        }
        var name = dso.substring(dso.lastIndexOf('/') + 1);
        return name.startsWith("libc.so") ? "libc" : name;
    }

    /** One line per part, largest first: its share of all samples, where it went, and its leading functions. */
    private static List<String> summary(Samples samples, double seconds) {
        int all = samples.all();
        var lines = new ArrayList<String>();
        lines.add(String.format(
                "profile (perf, %d Hz on every core, %.1f s of this phase's last round, %,d samples):",
                FREQUENCY, seconds, all));
        for (var part : byShare(samples.where().keySet(), samples)) {
            int of = samples.of(part);
            var text = new StringBuilder(String.format("  %s %.0f%%: ", part, 100.0 * of / all));
            text.append(String.join(", ", top(samples.where().get(part), of, 5, 1)));
            var functions = samples.functions().get(part);
            if (functions != null && !part.equals("idle")) {
                text.append("; leading: ").append(String.join(", ", top(functions, of, 4, 1)));
            }
            var packages = samples.packages().get(part);
            if (packages != null) {
                text.append("; compiled Java by package: ").append(String.join(", ", top(packages, of, 5, 1)));
            }
            lines.add(text.toString());
        }
        return lines;
    }

    private static List<String> details(Samples samples) {
        var lines = new ArrayList<String>();
        for (var part : byShare(samples.functions().keySet(), samples)) {
            int of = samples.of(part);
            lines.add(part + " (" + of + " samples): "
                    + String.join(", ", top(samples.where().get(part), of, 10, 0)));
            top(samples.functions().get(part), of, TOP, 0).forEach(f -> lines.add("  " + f));
            var packages = samples.packages().get(part);
            if (packages != null) {
                lines.add("  compiled Java by package: " + String.join(", ", top(packages, of, 15, 0)));
            }
            lines.add("");
        }
        return lines;
    }

    private static List<String> byShare(Set<String> parts, Samples samples) {
        return parts.stream()
                .sorted((a, b) -> Integer.compare(samples.of(b), samples.of(a)))
                .toList();
    }

    /** "name 12%", the largest first, at most {@code limit}, none under {@code minPercent}. */
    private static List<String> top(Map<String, Integer> counts, int of, int limit, double minPercent) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .filter(e -> 100.0 * e.getValue() / of >= minPercent)
                .limit(limit)
                .map(e -> String.format("%s %.0f%%", e.getKey(), 100.0 * e.getValue() / of))
                .toList();
    }
}
