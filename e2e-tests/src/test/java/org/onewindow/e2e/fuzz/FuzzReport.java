package org.onewindow.e2e.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a run sent and what came back: requests per status, the writes the platform accepted,
 * and every failure with the request that caused it, so that a seed and an operation reproduce it.
 */
public final class FuzzReport {

    /** One failing answer. */
    record Failure(String operation, String label, String request, String answer, List<String> reasons) {}

    private static final int EXAMPLES_PER_GROUP = 3;

    private final long seed;
    private final Map<String, Integer> statuses = new TreeMap<>();
    private final Map<String, Integer> perService = new TreeMap<>();
    private final List<Failure> failures = new ArrayList<>();
    private final List<String> accepted = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private int requests;
    private int operations;
    private final long startedAt = System.nanoTime();
    private long seconds;

    FuzzReport(long seed) {
        this.seed = seed;
    }

    void record(
            String service, Operation operation, FuzzCase fuzzCase, FuzzClient.Outcome outcome, List<String> reasons) {
        requests++;
        perService.merge(service, 1, Integer::sum);
        var status = !outcome.answered()
                ? (fuzzCase.mayCloseConnection() ? "closed" : "no answer")
                : String.valueOf(outcome.status());
        statuses.merge(status, 1, Integer::sum);
        if (!reasons.isEmpty()) {
            failures.add(new Failure(
                    operation == null ? "gateway" : operation.key(),
                    fuzzCase.label(),
                    Shown.request(fuzzCase),
                    Shown.answer(outcome),
                    List.copyOf(reasons)));
        }
    }

    void accepted(String operation, FuzzCase fuzzCase, int status) {
        accepted.add(status + "  " + operation + "  " + fuzzCase.label());
    }

    void operationDone() {
        operations++;
    }

    int operationsDone() {
        return operations;
    }

    /** The CI budget is part of the test: a run that cannot finish in it fails, naming what it left out. */
    void outOfTime(java.time.Duration budget, int done, int total) {
        failures.add(new Failure(
                "fuzz",
                "time budget",
                "",
                "",
                List.of("ran out of its " + budget.toSeconds() + " s budget after " + done + " of " + total
                        + " operations; the rest were not sent")));
    }

    void note(String note) {
        notes.add(note);
    }

    void finish() {
        seconds = (System.nanoTime() - startedAt) / 1_000_000_000L;
    }

    public List<Failure> failures() {
        return List.copyOf(failures);
    }

    public int requests() {
        return requests;
    }

    /** The counts, the notes and the failures grouped by reason, a few examples each. */
    public String summary() {
        var text = new StringBuilder();
        text.append(String.format(
                "[fuzz] seed %d: %d requests to %d operations in %d s; by status %s; by service %s;"
                        + " %d accepted writes; %d failures%n",
                seed, requests, operations, seconds, statuses, perService, accepted.size(), failures.size()));
        notes.forEach(note -> text.append("[fuzz] note: ").append(note).append('\n'));
        groups().forEach((reason, group) -> {
            text.append(String.format("%n%d × %s%n", group.size(), reason));
            group.stream()
                    .limit(EXAMPLES_PER_GROUP)
                    .forEach(f -> text.append("    ")
                            .append(f.operation())
                            .append(" — ")
                            .append(f.label())
                            .append("\n        ")
                            .append(f.request())
                            .append("\n        → ")
                            .append(f.answer())
                            .append('\n'));
            if (group.size() > EXAMPLES_PER_GROUP) {
                text.append("    … and ")
                        .append(group.size() - EXAMPLES_PER_GROUP)
                        .append(" more (see the report file)\n");
            }
        });
        if (!failures.isEmpty()) {
            text.append(String.format(
                    "%nreproduce with -Dfuzz.seed=%d and -Dfuzz.only='<operation regex>', e.g. -Dfuzz.only='%s'%n",
                    seed, java.util.regex.Pattern.quote(failures.get(0).operation())));
        }
        return text.toString();
    }

    /** The summary, then every accepted write and every failure in full. */
    public void writeTo(Path file) {
        var text = new StringBuilder(summary());
        text.append("\n== accepted writes (a boundary value the service took as valid)\n");
        accepted.forEach(line -> text.append(line).append('\n'));
        text.append("\n== every failure\n");
        for (var f : failures) {
            text.append(f.operation()).append(" — ").append(f.label()).append('\n');
            text.append("    ").append(f.request()).append('\n');
            text.append("    → ").append(f.answer()).append('\n');
            f.reasons().forEach(reason -> text.append("    ✗ ").append(reason).append('\n'));
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Failures by reason and kind of input (the field or parameter left out), so that one cause is one group. */
    private Map<String, List<Failure>> groups() {
        var groups = new LinkedHashMap<String, List<Failure>>();
        for (var failure : failures) {
            var kind = failure.label().replaceFirst("^(field|path|query|header) [^:]+: ", "$1 …: ");
            for (var reason : failure.reasons()) {
                groups.computeIfAbsent(reason + " — on " + kind, r -> new ArrayList<>())
                        .add(failure);
            }
        }
        return groups;
    }
}
