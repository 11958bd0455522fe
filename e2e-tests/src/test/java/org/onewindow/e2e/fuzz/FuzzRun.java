package org.onewindow.e2e.fuzz;

import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One fuzz run: the gateway probes, then every operation's cases in document order. Each answer
 * is judged as it comes, with the row counts of the operation's database read before and after
 * it; after an accepted write that sent events, the platform is let settle so that their effects
 * are not blamed on the next request.
 */
public final class FuzzRun {

    /**
     * @param tokenOf a demo identity's real token, asked once per identity the run uses
     * @param only run only the operations whose key ({@code POST /api/...}) this finds, or all if null
     * @param budget the run stops, and fails, when it has taken this long
     */
    public record Setup(
            URI gateway,
            long seed,
            Function<String, String> tokenOf,
            Fixtures fixtures,
            RowCounts rows,
            Pattern only,
            Duration budget,
            PrintStream out) {}

    private static final int MAX_REQUESTS_PER_SECOND = 80;
    private static final int COMPLAINTS_PER_IDENTITY = 4;
    private static final Duration SETTLE_BEFORE = Duration.ofSeconds(30);
    private static final Duration SETTLE_AFTER_WRITE = Duration.ofSeconds(15);

    private final Setup setup;
    private final FuzzClient client;
    private final Mutations mutations;
    private final FuzzReport report;
    private int complaintsFiled;

    private FuzzRun(Setup setup) {
        this.setup = setup;
        var forged = new ForgedTokens(setup.seed());
        var tokens = new ConcurrentHashMap<String, String>();
        Function<String, String> tokenOf =
                who -> who.equals(Callers.ANONYMOUS) ? null : tokens.computeIfAbsent(who, setup.tokenOf());
        this.client = new FuzzClient(setup.gateway(), tokenOf, MAX_REQUESTS_PER_SECOND);
        var signed = new HashMap<String, String>();
        var unsigned = new HashMap<String, String>();
        this.mutations = new Mutations(
                setup.fixtures(),
                who -> signed.computeIfAbsent(who, w -> forged.signed(tokenOf.apply(w))),
                who -> unsigned.computeIfAbsent(who, w -> forged.unsigned(tokenOf.apply(w))));
        this.report = new FuzzReport(setup.seed());
    }

    public static FuzzReport run(Setup setup, List<Operation> operations) {
        return new FuzzRun(setup).run(operations);
    }

    private FuzzReport run(List<Operation> operations) {
        var rows = setup.rows();
        if (!rows.settle(SETTLE_BEFORE)) {
            report.note("the platform was still busy after " + SETTLE_BEFORE.toSeconds()
                    + " s (earlier tests' events); a count that moves on its own may be blamed on a request");
        }
        rows.snapshotAll();
        setup.out()
                .printf(
                        "[fuzz] seed %d: %d operations%s%n",
                        setup.seed(),
                        operations.size(),
                        setup.only() == null ? "" : ", only those matching " + setup.only());
        if (setup.only() == null || setup.only().matcher("gateway").find()) {
            for (var probe : GatewayProbes.all(setup.fixtures().itemCode())) {
                send(probe.service(), null, probe.fuzzCase());
            }
        }
        var declared = operations.stream()
                .collect(Collectors.groupingBy(
                        Operation::path, Collectors.mapping(Operation::method, Collectors.toSet())));
        var methodProbed = new HashSet<String>();
        var selected = operations.stream()
                .filter(o ->
                        setup.only() == null || setup.only().matcher(o.key()).find())
                .toList();
        long deadline = System.nanoTime() + setup.budget().toNanos();
        int nextDraft = 0;
        for (var operation : selected) {
            if (System.nanoTime() > deadline) {
                report.outOfTime(setup.budget(), report.operationsDone(), selected.size());
                break;
            }
            if (!Callers.isKnown(operation)) {
                report.note("no caller rule for " + operation.key() + "; called as a supervisor");
            }
            var drafts = setup.fixtures().ownDrafts();
            UUID draft = Samples.takesOwnDraft(operation) ? drafts.get(nextDraft++ % drafts.size()) : drafts.get(0);
            var random = new Random(setup.seed() * 1_000_003L + operation.key().hashCode());
            var cases = new java.util.ArrayList<>(mutations.of(operation, draft, random));
            if (methodProbed.add(operation.path())) {
                cases.add(mutations.undeclaredMethod(operation, declared.get(operation.path())));
            }
            for (var fuzzCase : cases) {
                send(operation.service(), operation, Callers.isRateLimited(operation) ? spread(fuzzCase) : fuzzCase);
            }
            report.operationDone();
            if (report.operationsDone() % 10 == 0) {
                setup.out()
                        .printf(
                                "[fuzz] %d of %d operations, %d requests%n",
                                report.operationsDone(), selected.size(), report.requests());
            }
        }
        report.finish();
        return report;
    }

    private void send(String service, Operation operation, FuzzCase fuzzCase) {
        var rows = setup.rows();
        boolean counted = service != null && rows.knows(service);
        var before = counted ? rows.latest(service) : Map.<String, Long>of();
        var outcome = client.send(fuzzCase);
        var after = counted ? rows.snapshot(service) : Map.<String, Long>of();
        var changed = RowCounts.difference(before, after);
        report.record(
                service == null ? "gateway" : service,
                operation,
                fuzzCase,
                outcome,
                Verdicts.judge(fuzzCase, outcome, changed));
        boolean acceptedWrite = outcome.answered()
                && outcome.status() >= 200
                && outcome.status() < 300
                && !fuzzCase.method().equals("GET");
        if (acceptedWrite) {
            report.accepted(operation == null ? "gateway" : operation.key(), fuzzCase, outcome.status());
            // only events carry a write on to other services (never save then send): without one, nothing follows
            if (changed.containsKey("outbox_event")) {
                if (!rows.settle(SETTLE_AFTER_WRITE)) {
                    report.note("still busy " + SETTLE_AFTER_WRITE.toSeconds() + " s after " + fuzzCase.label());
                }
                rows.snapshotAll();
            }
        }
    }

    /**
     * Complaint filing is limited per client at the gateway (5, then 1 a minute); spread over the
     * demo identities (the path is public, a token changes nothing else), the cases reach the
     * service instead of a 429. The anonymous allowance is left alone: it is the address's, and
     * the other e2e tests file their complaints anonymously from the same address.
     */
    private FuzzCase spread(FuzzCase fuzzCase) {
        if (fuzzCase.bearer() != null || !fuzzCase.who().equals(Callers.ANONYMOUS)) {
            return fuzzCase;
        }
        // four each, identity after identity (a fifth would leave nothing for anyone else that minute)
        int filed = complaintsFiled++;
        return fuzzCase.as(Callers.IDENTITIES.get((filed / COMPLAINTS_PER_IDENTITY) % Callers.IDENTITIES.size()));
    }
}
