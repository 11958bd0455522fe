package org.onewindow.bench;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The load figures of issue 7, against the running local stack ({@code ./onewindow start}), with
 * real tokens: sustained submissions through the gateway and directly to application-service,
 * submit → review queue at a fixed rate, catalog search over 10,000 items, and PostgreSQL's own
 * durable insert rate as the reference. Run with {@code ./onewindow bench}; settings are system
 * properties {@code bench.*} (see {@link Settings}).
 */
public final class LoadBenchmark {

    record Settings(
            String gateway,
            String direct,
            String issuer,
            String jdbc,
            String dbUser,
            String dbPassword,
            int seconds,
            int concurrency,
            int drafts,
            int warmUp,
            int warmUpRounds,
            int rounds,
            int lightRate,
            int lightSeconds,
            int rate,
            int rateSeconds,
            int searchItems,
            int items,
            boolean profile) {

        static Settings fromSystemProperties() {
            return new Settings(
                    System.getProperty("bench.gateway", "http://127.0.0.1:8080"),
                    System.getProperty("bench.direct", "http://127.0.0.1:8082"),
                    System.getProperty("bench.issuer", "http://localhost:8180/realms/onewindow"),
                    System.getProperty("bench.jdbc", "jdbc:postgresql://127.0.0.1:15432/"),
                    System.getProperty("bench.dbUser", "onewindow"),
                    // the local stack's dev-only password
                    System.getProperty("bench.dbPassword", "onewindow-dev-only"),
                    Integer.getInteger("bench.seconds", 60),
                    Integer.getInteger("bench.concurrency", 32),
                    // for both ways in together
                    Integer.getInteger("bench.drafts", 12_000),
                    Integer.getInteger("bench.warmUp", 1000),
                    // warm-up rounds until the JIT is done, at most this many
                    Integer.getInteger("bench.warmUpRounds", 4),
                    Integer.getInteger("bench.rounds", 4),
                    Integer.getInteger("bench.lightRate", 20),
                    Integer.getInteger("bench.lightSeconds", 15),
                    // issue 16's goal for submit → review queue is set at 100/s
                    Integer.getInteger("bench.rate", 100),
                    Integer.getInteger("bench.rateSeconds", 15),
                    Integer.getInteger("bench.searchItems", 10_000),
                    // items the submissions are spread over (see Drafts.items)
                    Integer.getInteger("bench.items", 8),
                    // perf across the machine over the gateway phase's last round (root, linux-perf)
                    Boolean.getBoolean("bench.profile"));
        }
    }

    private final Settings settings;
    private final List<Drafts.BenchItem> items;
    private final HttpClient http = Client.newHttp();
    private final List<String> report = new ArrayList<>();

    LoadBenchmark(Settings settings) {
        this.settings = settings;
        this.items = Drafts.items(settings.items());
    }

    public static void main(String[] args) throws Exception {
        new LoadBenchmark(Settings.fromSystemProperties()).run();
    }

    void run() throws Exception {
        if ("search".equals(System.getProperty("bench.only"))) {
            // -Dbench.only=search: the search figures alone, to profile them
            search(new Client(http, settings.gateway()));
            return;
        }
        requireCaseNumbers();
        line("OneWindow load benchmark, " + OffsetDateTime.now() + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version() + ", " + settings);
        var pg = PostgresReference.measure(
                settings.jdbc() + "application", settings.dbUser(), settings.dbPassword(), settings.concurrency(), 10);
        line("PostgreSQL reference: durable single-row inserts, " + settings.concurrency() + " connections: "
                + pg.summary(10));

        var token = Client.token(http, settings.issuer(), "applicant");
        var gateway = new Client(http, settings.gateway());
        var direct = new Client(http, settings.direct());
        Drafts.publishCopies(gateway, Client.token(http, settings.issuer(), "catalog-admin"), items.size());
        line("submissions spread over " + items.size() + " items (bench.items): each item's case numbers are one"
                + " sequence row, which a submission holds till it commits");

        var goals = new Goals();
        warmUp(gateway, direct, token);
        var throughGateway = new Phase("through the gateway", gateway, statements());
        var directly = new Phase("directly to application-service", direct, statements());
        sustained(List.of(throughGateway, directly), direct, token);
        line(String.format(
                "ratios: gateway / direct %.2f, gateway / PostgreSQL inserts %.2f",
                throughGateway.rate() / directly.rate(), throughGateway.rate() / (pg.count() / 10.0)));
        goals.atMost(
                "stack CPU per submission through the gateway",
                throughGateway.cpu.stackMillisPer(throughGateway.cases),
                6,
                " ms");
        goals.atLeast("submissions through the gateway", throughGateway.rate(), 300, "/s");
        goals.atMost("  their p99", throughGateway.latencies.percentileMillis(0.99), 100, " ms");
        goals.atMost("  their errors", throughGateway.latencies.errors(), 0, "");
        goals.atLeast("through the gateway / directly", throughGateway.rate() / directly.rate(), 0.9, "");

        // the pipeline's own latency, well below capacity, then the rate
        submitToReviewQueue(direct, gateway, token, settings.lightRate(), settings.lightSeconds());
        double queueP99 = submitToReviewQueue(direct, gateway, token, settings.rate(), settings.rateSeconds());
        goals.atMost("submit → review queue p99 at " + settings.rate() + "/s (goal: at 100/s)", queueP99, 100, " ms");
        goals.atMost("catalog search p99, the worst query", search(gateway), 10, " ms");
        // each submission through the gateway is one proxied request: the gateway's share of its CPU
        // is its own cost per request under this load, beside the warm figure alone
        goals.atMost(
                "gateway's own CPU per proxied request, under this load",
                throughGateway.cpu.partMillisPer("gateway", throughGateway.cases),
                0.15,
                " ms");
        goals.measuredElsewhere(
                "  the same alone, warm, trivial upstream", "≤ 0.15 ms", "./onewindow bench gateway, stack stopped");
        goals.atMost("stack memory (proportional set size)", ProcessCpu.stackMemoryMegabytes() / 1024, 2, " GB");
        goals.atMost("warm start: the slowest service ready after its launch", StartTimes.slowest(), 25, " s");
        goals.lines().forEach(this::line);

        var file = Path.of("bench", "target", "bench-report.txt");
        Files.createDirectories(file.getParent());
        Files.write(file, report, StandardCharsets.UTF_8);
        System.out.println("\nreport written to " + file);
    }

    /**
     * DOMAIN.md's case number has a 4-digit daily sequence per item: a run that would pass 9,999
     * cases of an item in a day would measure refusals, so it does not start.
     */
    private void requireCaseNumbers() throws SQLException {
        int needed = settings.warmUp() * settings.warmUpRounds()
                + settings.drafts()
                + settings.lightRate() * settings.lightSeconds()
                + settings.rate() * settings.rateSeconds();
        int perItem = (needed + items.size() - 1) / items.size();
        try (var connection = DriverManager.getConnection(
                        settings.jdbc() + "application", settings.dbUser(), settings.dbPassword());
                var statement = connection.prepareStatement("select coalesce(max(last_value), 0) from case_sequence"
                        + " where item_code = ? and day = (select max(day) from case_sequence)")) {
            for (var item : items) {
                statement.setString(1, item.code());
                try (var rows = statement.executeQuery()) {
                    rows.next();
                    int used = rows.getInt(1);
                    if (used + perItem > 9999) {
                        System.err.printf(
                                "This run submits %,d cases of %s, and %,d of today's 9,999 case numbers are used:"
                                        + " restart the stack with ./onewindow start --fresh, or lower bench.drafts.%n",
                                perItem, item.code(), used);
                        System.exit(2);
                    }
                }
            }
        }
    }

    /**
     * The services' code paths compiled and their pools filled before anything is measured, through
     * both ways in: otherwise the first phase pays the JIT's work and the second does not (it made
     * the gateway look slower than it was). Rounds go on until the JIT compilers take under 5% of
     * the stack's CPU: 600 submissions left a fresh stack spending a quarter of its CPU compiling.
     */
    private void warmUp(Client gateway, Client direct, String token) throws Exception {
        int each = settings.warmUp() / 2;
        for (int round = 1; round <= settings.warmUpRounds(); round++) {
            var drafts = Drafts.prepare(direct, token, items, 2 * each, settings.concurrency());
            var caseNos = new ConcurrentLinkedQueue<String>();
            var cpu = new ProcessCpu();
            cpu.start();
            closedLoop(gateway, token, drafts, each, settings.seconds(), caseNos, new Latencies());
            closedLoop(direct, token, drafts, each, settings.seconds(), caseNos, new Latencies());
            var drained = drain(new ArrayList<>(caseNos));
            cpu.stop();
            System.out.printf(
                    "  (warm-up round %d: %d submissions, the JIT compilers took %.0f%% of the CPU, %s)%n",
                    round, caseNos.size(), 100 * cpu.jitShare(), drained);
            if (cpu.jitShare() < WARM_JIT_SHARE) {
                return;
            }
        }
        line("  (still compiling after " + settings.warmUpRounds() + " warm-up rounds: the figures below include"
                + " the JIT's work; see each phase's JIT share)");
    }

    private static final double WARM_JIT_SHARE = 0.05;

    /** One way in, measured over its rounds. */
    private static final class Phase {
        final String how;
        final Client target;
        final Latencies latencies = new Latencies();
        final ProcessCpu cpu = new ProcessCpu();
        final Statements statements;
        /** The profile's lines, or why there is none; empty when none was asked for. */
        final List<String> profile = new ArrayList<>();

        int cases;
        double seconds;
        String drained;

        Phase(String how, Client target, Statements statements) {
            this.how = how;
            this.target = target;
            this.statements = statements;
        }

        double rate() {
            return latencies.count() / seconds;
        }
    }

    /**
     * Closed loop: {@code concurrency} clients submit prepared drafts back to back. The ways in
     * take turns, {@code bench.rounds} rounds of {@code seconds / rounds} each, in alternating order,
     * so what drifts during a run (the JIT still at work, the disk, the neighbours) falls on every way
     * alike; an even number of rounds balances it best. The CPU the
     * whole stack spent, until every case of a round has reached review and disclosure, is divided
     * by the submissions: what one submission costs.
     */
    private void sustained(List<Phase> phases, Client preparer, String token) throws Exception {
        int rounds = settings.rounds();
        var drafts = Drafts.prepare(preparer, token, items, settings.drafts(), settings.concurrency());
        int perRound = settings.drafts() / (rounds * phases.size());
        int secondsPerRound = Math.max(1, settings.seconds() / rounds);
        for (int round = 0; round < rounds; round++) {
            // A B, then B A: a drift that runs through the whole run (the JIT still compiling) falls on
            // both ways alike over two rounds; with one round the first way in pays for all of it
            var order = new ArrayList<>(phases);
            if (round % 2 == 1) {
                Collections.reverse(order);
            }
            for (var phase : order) {
                var caseNos = new ConcurrentLinkedQueue<String>();
                // perf starts before the CPU is counted: its start-up is no submission's cost
                var profile = settings.profile() && phase == phases.get(0) && round == rounds - 1
                        ? Profile.start(Path.of("bench", "target", "profile"), phase.profile)
                        : null;
                phase.cpu.start();
                phase.statements.start();
                long start = System.nanoTime();
                try {
                    closedLoop(phase.target, token, drafts, perRound, secondsPerRound, caseNos, phase.latencies);
                } finally {
                    // a system-wide perf left running would outlive this run
                    if (profile != null) {
                        profile.stopRecording();
                    }
                }
                phase.seconds += (System.nanoTime() - start) / 1e9;
                phase.drained = drain(new ArrayList<>(caseNos));
                phase.cpu.stop();
                phase.statements.stop();
                phase.cases += caseNos.size();
                if (profile != null) {
                    phase.profile.addAll(profile.report());
                }
            }
        }
        for (var phase : phases) {
            line("submissions " + phase.how + ", " + settings.concurrency() + " clients, " + rounds + " rounds: "
                    + phase.latencies.summary(phase.seconds));
            line("  " + phase.cpu.perUnit(phase.cases, "submission") + "; last round: " + phase.drained);
            line("  " + phase.statements.perUnit(phase.cases, "submission"));
            line("  longest to execute, per submission (lock waits included):");
            phase.statements.slowest(phase.cases, 4).forEach(text -> line("    " + text));
            phase.profile.forEach(text -> line("  " + text));
        }
    }

    private Statements statements() {
        return new Statements(settings.jdbc(), settings.dbUser(), settings.dbPassword());
    }

    private void closedLoop(
            Client target,
            String token,
            ConcurrentLinkedQueue<String> drafts,
            int limit,
            int seconds,
            ConcurrentLinkedQueue<String> caseNos,
            Latencies latencies)
            throws InterruptedException {
        var taken = new AtomicInteger();
        var pool = Executors.newFixedThreadPool(settings.concurrency());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        for (int i = 0; i < settings.concurrency(); i++) {
            pool.submit(() -> {
                String id;
                while (System.nanoTime() < deadline
                        && taken.incrementAndGet() <= limit
                        && (id = drafts.poll()) != null) {
                    var caseNo = Drafts.submit(target, token, id, latencies);
                    if (caseNo != null) {
                        caseNos.add(caseNo);
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
    }

    /**
     * Waits (at most 3 minutes) until review's queue and disclosure's statistics hold every one of
     * these cases, so the next phase does not pay for this one's events; says how long it took.
     */
    private String drain(List<String> caseNos) throws Exception {
        long start = System.nanoTime();
        long waitUntil = start + TimeUnit.MINUTES.toNanos(3);
        int review;
        int disclosure;
        do {
            review = timestamps("review", REVIEW_QUEUE, caseNos).size();
            disclosure = timestamps("disclosure", DISCLOSURE_FACTS, caseNos).size();
            if (review == caseNos.size() && disclosure == caseNos.size()) {
                break;
            }
            Thread.sleep(250);
        } while (System.nanoTime() < waitUntil);
        return String.format(
                "%d of %d cases in review and %d in disclosure %.1f s after the last submission",
                review, caseNos.size(), disclosure, (System.nanoTime() - start) / 1e9);
    }

    /** Open loop at a fixed rate; then how long each case took to appear in review's queue (its p99). */
    private double submitToReviewQueue(Client preparer, Client gateway, String token, int rate, int rateSeconds)
            throws Exception {
        int total = rate * rateSeconds;
        if (total == 0) {
            return Double.NaN;
        }
        var drafts = Drafts.prepare(preparer, token, items, total, settings.concurrency());
        var latencies = new Latencies();
        var caseNos = new ConcurrentLinkedQueue<String>();
        var cpu = new ProcessCpu();
        var statements = statements();
        cpu.start();
        statements.start();
        var scheduler = Executors.newScheduledThreadPool(1);
        ExecutorService workers = Executors.newFixedThreadPool(Math.max(settings.concurrency(), 64));
        long periodNanos = 1_000_000_000L / rate;
        long start = System.nanoTime();
        var timer = scheduler.scheduleAtFixedRate(
                () -> {
                    var id = drafts.poll();
                    if (id != null) {
                        workers.submit(() -> {
                            var caseNo = Drafts.submit(gateway, token, id, latencies);
                            if (caseNo != null) {
                                caseNos.add(caseNo);
                            }
                        });
                    }
                },
                0,
                periodNanos,
                TimeUnit.NANOSECONDS);
        while (!drafts.isEmpty()) {
            Thread.sleep(100);
        }
        timer.cancel(false);
        scheduler.shutdown();
        workers.shutdown();
        workers.awaitTermination(60, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - start) / 1e9;
        line("submissions at " + rate + "/s through the gateway: " + latencies.summary(seconds));
        // the queue may lag behind at this rate: wait until every case is in (or give up after 3 minutes),
        // which also leaves the platform idle for the next stage
        var all = new ArrayList<>(caseNos);
        long waitUntil = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        // submission times are written once, with the case number: read them once, and only the
        // queue while it fills (these reads land in the phase's PostgreSQL CPU)
        var submitted = timestamps("application", SUBMITTED, all);
        var queued = timestamps("review", REVIEW_QUEUE, all);
        var visible = reviewQueueDelays(submitted, queued);
        while (visible.count() < all.size() && System.nanoTime() < waitUntil) {
            Thread.sleep(2_000);
            queued = timestamps("review", REVIEW_QUEUE, all);
            visible = reviewQueueDelays(submitted, queued);
        }
        line("submit → case in review's queue at " + rate + "/s: " + visible.count() + " of "
                + all.size() + " cases arrived, p50 " + fmt(visible.percentileMillis(0.5)) + " ms, p99 "
                + fmt(visible.percentileMillis(0.99)) + " ms");
        cpu.stop();
        statements.stop();
        line("  " + stages(all, submitted, queued));
        line("  " + cpu.perUnit(all.size(), "submission"));
        line("  " + statements.perUnit(all.size(), "submission"));
        statements.slowest(all.size(), 2).forEach(text -> line("    longest to execute: " + text));
        // a case that never arrived counts as an error and leaves the p99 unmet
        return visible.errors() == 0 ? visible.percentileMillis(0.99) : Double.NaN;
    }

    /** Review's intake time minus the application's submission time, both stamped by the services. */
    private static Latencies reviewQueueDelays(
            Map<String, OffsetDateTime> submitted, Map<String, OffsetDateTime> queued) {
        var delays = new Latencies();
        submitted.forEach((caseNo, at) -> {
            var inQueue = queued.get(caseNo);
            if (inQueue == null) {
                delays.error();
            } else {
                delays.record(java.time.Duration.between(at, inQueue).toNanos());
            }
        });
        return delays;
    }

    /**
     * The way to review's queue in two legs, split where application's outbox relay began the
     * round that sent the case's ApplicationSubmitted ({@code published_at} is that round's
     * {@code now()}): the submit's commit and the relay's wake-up, then Kafka and review's intake.
     */
    private String stages(
            List<String> caseNos, Map<String, OffsetDateTime> submitted, Map<String, OffsetDateTime> queued)
            throws SQLException {
        var relayed = timestamps("application", RELAYED, caseNos);
        var toRelay = new Latencies();
        var toQueue = new Latencies();
        relayed.forEach((caseNo, at) -> {
            var from = submitted.get(caseNo);
            var to = queued.get(caseNo);
            if (from != null && to != null) {
                toRelay.record(java.time.Duration.between(from, at).toNanos());
                toQueue.record(java.time.Duration.between(at, to).toNanos());
            }
        });
        return String.format(
                "of which submit → the relay's round that sent it p50 %s ms, p99 %s ms; then → review's queue p50 %s ms, p99 %s ms",
                fmt(toRelay.percentileMillis(0.5)),
                fmt(toRelay.percentileMillis(0.99)),
                fmt(toQueue.percentileMillis(0.5)),
                fmt(toQueue.percentileMillis(0.99)));
    }

    private static final String SUBMITTED =
            "select case_no, submitted_at as at from application where case_no = any(?)";

    /** Shaped like the others, so that the statement count leaves it out too. */
    private static final String RELAYED = "select case_no, at from (select event_key as case_no, published_at as at,"
            + " event_type from outbox_event) o where event_type = 'ApplicationSubmitted' and case_no = any(?)";

    /** When each case arrived where a phase waits for it (review's queue, disclosure's statistics). */
    private static final String REVIEW_QUEUE =
            "select case_no, created_at as at from review_case where case_no = any(?)";

    private static final String DISCLOSURE_FACTS =
            "select case_no, received_at as at from case_fact where case_no = any(?)";

    private Map<String, OffsetDateTime> timestamps(String database, String sql, List<String> caseNos)
            throws SQLException {
        var result = new HashMap<String, OffsetDateTime>();
        try (var connection = DriverManager.getConnection(
                        settings.jdbc() + database, settings.dbUser(), settings.dbPassword());
                var statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf("varchar", caseNos.toArray()));
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    result.put(rows.getString("case_no"), rows.getObject("at", OffsetDateTime.class));
                }
            }
        }
        return result;
    }

    /**
     * Catalog search through the gateway over {@code searchItems} items (generated ones added and
     * removed); returns the worst query's p99.
     */
    private double search(Client gateway) throws Exception {
        int loaded = CatalogItems.load(settings, settings.searchItems());
        double worstP99 = 0;
        try {
            var queries = List.of("q=出版物", "q=许可证核发", "q=卫星电视&department=radio-tv", "q=印刷");
            for (int q = 0; q < queries.size(); q++) {
                var query = queries.get(q);
                var latencies = new Latencies();
                var url = "/api/catalog/items?" + encode(query);
                for (int i = 0; i < 50; i++) {
                    gateway.getAs("10.30.255." + (q + 1), url);
                }
                long start = System.nanoTime();
                for (int i = 0; i < 1000; i++) {
                    // one connection, but a new visitor every 50 searches: the gateway allows one
                    // address 100 reads a second, and a single address measured the limit, not the search
                    var visitor = "10.30." + q + "." + (i / 50 + 1);
                    long t0 = System.nanoTime();
                    var response = gateway.getAs(visitor, url);
                    if (response.statusCode() == 200) {
                        latencies.record(System.nanoTime() - t0);
                    } else {
                        latencies.error("HTTP " + response.statusCode());
                    }
                }
                line("catalog search (" + query + ") over " + loaded + " items, one client: "
                        + latencies.summary((System.nanoTime() - start) / 1e9));
                // a refused search leaves the goal unmet (NaN), whatever the others measured
                worstP99 = latencies.errors() == 0 ? Math.max(worstP99, latencies.percentileMillis(0.99)) : Double.NaN;
            }
        } finally {
            CatalogItems.remove(settings);
        }
        return worstP99;
    }

    private static String encode(String query) {
        var parts = new ArrayList<String>();
        for (var pair : query.split("&")) {
            var kv = pair.split("=", 2);
            parts.add(kv[0] + "=" + URLEncoder.encode(kv[1], StandardCharsets.UTF_8));
        }
        return String.join("&", parts);
    }

    private void line(String text) {
        System.out.println(text);
        report.add(text);
    }

    private static String fmt(double millis) {
        return String.format("%.1f", millis);
    }
}
