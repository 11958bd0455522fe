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
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The load figures of issue 7, against the running local stack ({@code ./onewindow start}), with
 * real tokens: sustained submissions through the gateway and directly to application-service,
 * submit → review queue at a fixed rate, catalog search over 10,000 items, and PostgreSQL's own
 * durable insert rate as the reference. Run with {@code ./onewindow bench}; settings are system
 * properties {@code bench.*} (see {@link Settings}).
 */
public final class LoadBenchmark {

    /** A submission needs a complete draft; preparing it is not measured. */
    static final String ITEM = "11530000MB00000012XK00012000001";

    static final String FORM = """
            {"unitName": "新华书店示例分店", "creditCode": "91350100M000100Y43", "address": "示例市示例路 1 号",
             "premisesOwnership": "OWNED", "areaSquareMeters": 120, "contactPhone": "13800000000"}
            """;

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
            int rate,
            int rateSeconds,
            int searchItems) {

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
                    Integer.getInteger("bench.drafts", 3000),
                    Integer.getInteger("bench.rate", 200),
                    Integer.getInteger("bench.rateSeconds", 20),
                    Integer.getInteger("bench.searchItems", 10_000));
        }
    }

    private final Settings settings;
    private final HttpClient http = Client.newHttp();
    private final List<String> report = new ArrayList<>();

    LoadBenchmark(Settings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        new LoadBenchmark(Settings.fromSystemProperties()).run();
    }

    void run() throws Exception {
        line("OneWindow load benchmark, " + OffsetDateTime.now() + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version() + ", " + settings);
        var pg = PostgresReference.measure(
                settings.jdbc() + "application", settings.dbUser(), settings.dbPassword(), settings.concurrency(), 10);
        line("PostgreSQL reference: durable single-row inserts, " + settings.concurrency() + " connections: "
                + pg.summary(10));

        var token = Client.token(http, settings.issuer(), "applicant");
        var gateway = new Client(http, settings.gateway());
        var direct = new Client(http, settings.direct());

        var throughGateway = sustained("through the gateway", gateway, gateway, token);
        var directly = sustained("directly to application-service", gateway, direct, token);
        line(String.format(
                "ratios: gateway / direct %.2f, gateway / PostgreSQL inserts %.2f",
                throughGateway / directly, throughGateway / (pg.count() / 10.0)));

        submitToReviewQueue(gateway, token);
        search(gateway);

        var file = Path.of("bench", "target", "bench-report.txt");
        Files.createDirectories(file.getParent());
        Files.write(file, report, StandardCharsets.UTF_8);
        System.out.println("\nreport written to " + file);
    }

    /** Closed loop: {@code concurrency} clients submit prepared drafts back to back; returns submissions per second. */
    private double sustained(String how, Client preparer, Client target, String token) throws Exception {
        var drafts = prepare(preparer, token, settings.drafts());
        var latencies = new Latencies();
        var stop = new AtomicBoolean();
        var pool = Executors.newFixedThreadPool(settings.concurrency());
        long start = System.nanoTime();
        long deadline = start + TimeUnit.SECONDS.toNanos(settings.seconds());
        for (int i = 0; i < settings.concurrency(); i++) {
            pool.submit(() -> {
                String id;
                while (!stop.get() && System.nanoTime() < deadline && (id = drafts.poll()) != null) {
                    submit(target, token, id, latencies);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(settings.seconds() + 60L, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - start) / 1e9;
        line("submissions " + how + ", " + settings.concurrency() + " clients: " + latencies.summary(seconds)
                + (drafts.isEmpty()
                        ? " (all " + settings.drafts() + " prepared drafts used: raise bench.drafts)"
                        : ""));
        return latencies.count() / seconds;
    }

    /** Open loop at a fixed rate; then how long each case took to appear in review's queue. */
    private void submitToReviewQueue(Client gateway, String token) throws Exception {
        int total = settings.rate() * settings.rateSeconds();
        var drafts = prepare(gateway, token, total);
        var latencies = new Latencies();
        var caseNos = new ConcurrentLinkedQueue<String>();
        var scheduler = Executors.newScheduledThreadPool(1);
        ExecutorService workers = Executors.newFixedThreadPool(Math.max(settings.concurrency(), 64));
        long periodNanos = 1_000_000_000L / settings.rate();
        long start = System.nanoTime();
        var timer = scheduler.scheduleAtFixedRate(
                () -> {
                    var id = drafts.poll();
                    if (id != null) {
                        workers.submit(() -> {
                            var caseNo = submit(gateway, token, id, latencies);
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
        line("submissions at " + settings.rate() + "/s through the gateway: " + latencies.summary(seconds));
        // the queue may lag behind at this rate: wait until every case is in (or give up after 3 minutes),
        // which also leaves the platform idle for the next stage
        var all = new ArrayList<>(caseNos);
        long waitUntil = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        var visible = reviewQueueDelays(all);
        while (visible.count() < all.size() && System.nanoTime() < waitUntil) {
            Thread.sleep(2_000);
            visible = reviewQueueDelays(all);
        }
        line("submit → case in review's queue at " + settings.rate() + "/s: " + visible.count() + " of "
                + all.size() + " cases arrived, p50 " + fmt(visible.percentileMillis(0.5)) + " ms, p99 "
                + fmt(visible.percentileMillis(0.99)) + " ms");
    }

    /** Review's intake time minus the application's submission time, both stamped by the services. */
    private Latencies reviewQueueDelays(List<String> caseNos) throws SQLException {
        var submitted = timestamps(
                "application", "select case_no, submitted_at as at from application where case_no = any(?)", caseNos);
        var queued = timestamps(
                "review", "select case_no, created_at as at from review_case where case_no = any(?)", caseNos);
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

    /** Catalog search through the gateway over {@code searchItems} items (generated ones added and removed). */
    private void search(Client gateway) throws Exception {
        int loaded = CatalogItems.load(settings, settings.searchItems());
        try {
            for (var query : List.of("q=出版物", "q=许可证核发", "q=卫星电视&department=radio-tv", "q=印刷")) {
                var latencies = new Latencies();
                var url = "/api/catalog/items?" + encode(query);
                for (int i = 0; i < 50; i++) {
                    gateway.get(url, null);
                }
                long start = System.nanoTime();
                for (int i = 0; i < 1000; i++) {
                    long t0 = System.nanoTime();
                    var response = gateway.get(url, null);
                    if (response.statusCode() == 200) {
                        latencies.record(System.nanoTime() - t0);
                    } else {
                        latencies.error();
                    }
                }
                line("catalog search (" + query + ") over " + loaded + " items, one client: "
                        + latencies.summary((System.nanoTime() - start) / 1e9));
            }
        } finally {
            CatalogItems.remove(settings);
        }
    }

    private static String encode(String query) {
        var parts = new ArrayList<String>();
        for (var pair : query.split("&")) {
            var kv = pair.split("=", 2);
            parts.add(kv[0] + "=" + URLEncoder.encode(kv[1], StandardCharsets.UTF_8));
        }
        return String.join("&", parts);
    }

    /** Submits one prepared draft; the case number, or null on an error. */
    private static String submit(Client target, String token, String id, Latencies latencies) {
        long t0 = System.nanoTime();
        try {
            var response = target.post(
                    "/api/applications/" + id + "/submit",
                    token,
                    "",
                    UUID.randomUUID().toString());
            if (response.statusCode() == 200) {
                latencies.record(System.nanoTime() - t0);
                return Client.json(response).get("caseNo").asString();
            }
            latencies.error("HTTP " + response.statusCode());
        } catch (RuntimeException e) {
            latencies.error(e.getClass().getSimpleName());
        }
        return null;
    }

    /** Complete drafts (form and the three materials), prepared in parallel, ready to submit. */
    private ConcurrentLinkedQueue<String> prepare(Client client, String token, int count) throws Exception {
        var ready = Collections.synchronizedList(new ArrayList<String>());
        var failures = new Latencies();
        var pool = Executors.newFixedThreadPool(settings.concurrency());
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            pool.submit(() -> {
                var created = client.post("/api/applications", token, """
                        {"itemCode": "%s", "applicant": {"type": "NATURAL_PERSON", "name": "李四",
                         "idNumber": "530102199003071238", "phone": "13800000000"}}
                        """.formatted(ITEM), null);
                if (created.statusCode() != 201) {
                    failures.error("create HTTP " + created.statusCode());
                    return;
                }
                var id = Client.json(created).get("id").asString();
                var form = client.put("/api/applications/" + id + "/form", token, FORM);
                if (form.statusCode() != 200) {
                    failures.error("form HTTP " + form.statusCode());
                    return;
                }
                for (var material : List.of("application-form", "business-license", "premises-proof")) {
                    var upload = client.upload(
                            "/api/applications/" + id + "/materials/" + material,
                            token,
                            material + ".pdf",
                            ("%PDF-1.4\n% " + material + " " + id + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8));
                    if (upload.statusCode() != 200) {
                        failures.error("upload HTTP " + upload.statusCode());
                        return;
                    }
                }
                ready.add(id);
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        System.out.printf(
                "  (prepared %d drafts in %.0f s, failures: %s)%n",
                ready.size(), (System.nanoTime() - start) / 1e9, failures.errors() == 0 ? "none" : failures.summary(1));
        return new ConcurrentLinkedQueue<>(ready);
    }

    private void line(String text) {
        System.out.println(text);
        report.add(text);
    }

    private static String fmt(double millis) {
        return String.format("%.1f", millis);
    }
}
