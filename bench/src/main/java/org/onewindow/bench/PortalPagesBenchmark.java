package org.onewindow.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The portal's public pages under 20 concurrent visitors, through the gateway. Issue 14 asks for
 * home, search and an item's guide at p95 ≤ 100 ms; this reports the figures and does not judge
 * them (the first runs gave 310–930 ms, issue 14's note). Each page is measured beside the API call
 * behind it, in the same run and on the same machine, so that what the page adds (rendering, the
 * second hop) is read off the difference and not off the machine's mood. Run with
 * {@code ./onewindow bench portal}; {@code -Dbench.users}, {@code -Dbench.seconds} change the load.
 */
public final class PortalPagesBenchmark {

    static final String ITEM = "11530000MB00000012XK00012000001";

    public static void main(String[] args) throws Exception {
        var gateway = System.getProperty("bench.gateway", "http://127.0.0.1:8080");
        var portal = System.getProperty("bench.portal", "http://127.0.0.1:8085");
        int users = Integer.getInteger("bench.users", 20);
        int seconds = Integer.getInteger("bench.seconds", 20);
        var q = URLEncoder.encode("出版物", StandardCharsets.UTF_8);

        var paths = new LinkedHashMap<String, String>();
        paths.put("home page", "/");
        paths.put("search page", "/search?q=" + q);
        paths.put("item guide page", "/items/" + ITEM);
        paths.put("(reference) search API", "/api/catalog/items?q=" + q);
        paths.put("(reference) item API", "/api/catalog/items/" + ITEM);

        System.out.println("OneWindow portal pages, " + OffsetDateTime.now() + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version() + ", " + users
                + " concurrent users, " + seconds + " s per page after a warm-up of every page, then "
                + seconds / 2 + " s of its own");
        var http = Client.newHttp();
        var throughGateway = new Client(http, gateway);
        var report = new ArrayList<String>();
        // -Dbench.pages=home,search: only the pages whose names contain one of these (to profile one)
        var only = System.getProperty("bench.pages", "");
        paths.keySet()
                .removeIf(name -> !only.isBlank()
                        && java.util.Arrays.stream(only.split(",")).noneMatch(name::contains));
        // every page once before any is measured: the gateway and the portal share most of their hot
        // code, and a stack just started would otherwise bill the first page for the JIT's work
        int warmUp = Integer.getInteger("bench.warmup", 10);
        for (var path : paths.values()) {
            closedLoop(throughGateway, path, users, warmUp);
        }
        for (var page : paths.entrySet()) {
            report.addAll(
                    measure(throughGateway, page.getKey() + " through the gateway", page.getValue(), users, seconds));
        }
        // the portal directly: what the gateway's hop adds to a page
        var direct = new Client(http, portal);
        report.addAll(measure(direct, "home page, portal directly", "/", users, seconds));
        report.forEach(System.out::println);
    }

    /** A warm-up, then the measured run: its latencies, and what each page cost every process in CPU. */
    private static List<String> measure(Client client, String what, String path, int users, int seconds)
            throws Exception {
        closedLoop(client, path, users, seconds / 2);
        var cpu = new ProcessCpu();
        cpu.start();
        var latencies = closedLoop(client, path, users, seconds);
        cpu.stop();
        return List.of(
                String.format(
                        "%-42s p95 %6.1f ms  (%s)", what, latencies.percentileMillis(0.95), latencies.summary(seconds)),
                "    " + cpu.perUnit(latencies.count(), "page"));
    }

    /** {@code users} visitors, each asking for the page again as soon as it has arrived. */
    private static Latencies closedLoop(Client client, String path, int users, int seconds) throws Exception {
        var latencies = new Latencies();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        var pool = Executors.newFixedThreadPool(users);
        try {
            List<java.util.concurrent.Future<?>> visitors = new ArrayList<>();
            for (int i = 0; i < users; i++) {
                var address = "10.20.0." + (i + 1);
                visitors.add(pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        long t0 = System.nanoTime();
                        try {
                            var response = client.getAs(address, path);
                            if (response.statusCode() == 200) {
                                latencies.record(System.nanoTime() - t0);
                            } else {
                                latencies.error(String.valueOf(response.statusCode()));
                            }
                        } catch (RuntimeException e) {
                            latencies.error(e.getClass().getSimpleName());
                        }
                    }
                }));
            }
            for (var visitor : visitors) {
                visitor.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return latencies;
    }
}
