package org.onewindow.bench;

import java.net.http.HttpResponse;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Issue 15's workbench figures: the clerk's queue over 1,000 waiting cases and the supervisor's
 * dashboard over 10,000 cases, through the gateway, each beside the API calls behind it measured
 * in the same run. The cases are made as an applicant makes them (draft, form, materials, submit),
 * only as many as the stack lacks, so a second run measures at once. The staff are signed in at
 * Keycloak as their browsers would be ({@link StaffSession}).
 *
 * <p>The pages are asked for at a fixed rate (an open loop), each answer timed from the moment it
 * was due, not from when a busy client got round to sending it: a workbench is used by people who
 * do not wait for each other, and a closed loop would hide the queueing. The rate stays below the
 * gateway's per-person limit (100 API calls a second for one token subject; the demo realm has one
 * clerk and one supervisor), or the figures would be of 429s. Run with {@code ./onewindow bench
 * workbench}; {@code -Dbench.queueRate}, {@code -Dbench.dashboardRate}, {@code -Dbench.seconds}, {@code -Dbench.queueCases} and
 * {@code -Dbench.dashboardCases} change it.
 */
public final class WorkbenchBenchmark {

    private final LoadBenchmark.Settings settings = LoadBenchmark.Settings.fromSystemProperties();
    private final int seconds = Integer.getInteger("bench.seconds", 15);
    /** Every clerk's queue polls itself every 15 s: 300 clerks at their counters are 20 pages a second. */
    private final int queueRate = Integer.getInteger("bench.queueRate", 20);
    /** A province's supervisors open their dashboard a few times an hour; 5 a second is generous. */
    private final int dashboardRate = Integer.getInteger("bench.dashboardRate", 5);

    private final int sessions = Integer.getInteger("bench.sessions", 4);
    private final Client gateway = new Client(Client.newHttp(), settings.gateway());
    /** The gateway under the name the dev realm lets the portal's sign-in come back to. */
    private final String workbench = System.getProperty("bench.workbench", "http://localhost:8080");

    private final List<String> report = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        new WorkbenchBenchmark()
                .run(Integer.getInteger("bench.queueCases", 1_000), Integer.getInteger("bench.dashboardCases", 10_000));
    }

    void run(int queueCases, int dashboardCases) throws Exception {
        line("OneWindow workbench, " + OffsetDateTime.now() + ", "
                + Runtime.getRuntime().availableProcessors()
                + " cores, Java " + Runtime.version() + ", queue " + queueRate + " pages/s, dashboard "
                + dashboardRate + " pages/s, each for " + seconds + " s after as long a warm-up, " + sessions
                + " signed-in sessions per role");
        topUp(queueCases);
        measureQueue();
        topUp(dashboardCases);
        measureQueue();
        var supervisors = signIn("supervisor");
        var token = Client.token(Client.newHttp(), settings.issuer(), "supervisor");
        measure("supervision dashboard", dashboardRate, session -> session.page("/workbench/supervision"), supervisors);
        for (var api : List.of(
                "/api/review/supervision/overview?days=30",
                "/api/disclosure/statistics",
                "/api/disclosure/complaints?answered=false&size=100")) {
            measure("(reference) " + api, dashboardRate, ignored -> gateway.get(api, token), supervisors);
        }
        System.out.println();
        report.forEach(System.out::println);
    }

    private void measureQueue() throws Exception {
        var clerks = signIn("clerk");
        var token = Client.token(Client.newHttp(), settings.issuer(), "clerk");
        line("");
        line("review holds " + String.format("%,d", reviewCases()) + " cases, "
                + String.format("%,d", waitingForAcceptance()) + " of them waiting for acceptance");
        measure("clerk's queue page", queueRate, session -> session.page("/workbench/cases"), clerks);
        measure("(reference) /api/review/tasks", queueRate, ignored -> gateway.get("/api/review/tasks", token), clerks);
    }

    private List<StaffSession> signIn(String username) {
        var signedIn = new ArrayList<StaffSession>();
        for (int i = 0; i < sessions; i++) {
            signedIn.add(StaffSession.signIn(workbench, username));
        }
        return signedIn;
    }

    /** A warm-up at the rate, then the measured run: its latencies and what each page cost in CPU. */
    private void measure(
            String what, int rate, Function<StaffSession, HttpResponse<String>> page, List<StaffSession> staff)
            throws Exception {
        openLoop(rate, page, staff);
        var cpu = new ProcessCpu();
        cpu.start();
        var latencies = openLoop(rate, page, staff);
        cpu.stop();
        line(String.format(
                "%-55s p95 %6.1f ms  (%s)", what, latencies.percentileMillis(0.95), latencies.summary(seconds)));
        line("    " + cpu.perUnit(latencies.count(), "page"));
    }

    private Latencies openLoop(int rate, Function<StaffSession, HttpResponse<String>> page, List<StaffSession> staff)
            throws Exception {
        var latencies = new Latencies();
        var pool = Executors.newFixedThreadPool(64);
        long intervalNanos = TimeUnit.SECONDS.toNanos(1) / rate;
        long start = System.nanoTime();
        int total = rate * seconds;
        try {
            for (int i = 0; i < total; i++) {
                long due = start + i * intervalNanos;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                var session = staff.get(i % staff.size());
                pool.submit(() -> {
                    try {
                        var response = page.apply(session);
                        if (response.statusCode() == 200) {
                            latencies.record(System.nanoTime() - due);
                        } else {
                            latencies.error("HTTP " + response.statusCode());
                        }
                    } catch (RuntimeException e) {
                        latencies.error(e.getClass().getSimpleName());
                    }
                });
            }
        } finally {
            pool.shutdown();
            pool.awaitTermination(2, TimeUnit.MINUTES);
        }
        return latencies;
    }

    /**
     * Files and submits cases until review holds {@code target}, a thousand at a time (each
     * thousand with a fresh token: the demo realm's last five minutes), then waits for review to
     * have taken every one in.
     */
    private void topUp(int target) throws Exception {
        int missing = target - reviewCases();
        if (missing <= 0) {
            return;
        }
        System.out.printf("  (filing %,d cases so that review holds %,d)%n", missing, target);
        var direct = new Client(Client.newHttp(), settings.direct());
        long start = System.nanoTime();
        var failures = new Latencies();
        while (missing > 0) {
            int batch = Math.min(missing, 1_000);
            var token = Client.token(Client.newHttp(), settings.issuer(), "applicant");
            ConcurrentLinkedQueue<String> drafts = Drafts.prepare(direct, token, batch, settings.concurrency());
            var submitted = new AtomicInteger();
            var pool = Executors.newFixedThreadPool(settings.concurrency());
            for (var id : drafts) {
                pool.submit(() -> {
                    if (Drafts.submit(direct, token, id, failures) != null) {
                        submitted.incrementAndGet();
                    }
                });
            }
            pool.shutdown();
            pool.awaitTermination(10, TimeUnit.MINUTES);
            if (submitted.get() == 0) {
                throw new IllegalStateException("no case could be submitted: " + failures.summary(1));
            }
            missing -= submitted.get();
        }
        long waitUntil = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (reviewCases() < target && System.nanoTime() < waitUntil) {
            Thread.sleep(500);
        }
        System.out.printf(
                "  (review holds %,d cases after %.0f s; submission failures: %s)%n",
                reviewCases(),
                (System.nanoTime() - start) / 1e9,
                failures.errors() == 0 ? "none" : failures.summary(1));
    }

    private int reviewCases() throws SQLException {
        return count("select count(*) from review_case");
    }

    private int waitingForAcceptance() throws SQLException {
        return count("select count(*) from review_case where status = 'SUBMITTED'");
    }

    private int count(String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(
                        settings.jdbc() + "review", settings.dbUser(), settings.dbPassword());
                var rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private void line(String text) {
        System.out.println(text);
        report.add(text);
    }
}
