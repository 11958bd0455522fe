package org.onewindow.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Complete drafts of the bench's items, and their submission, as an applicant's frontend makes them:
 * the load of {@link LoadBenchmark} and the cases the workbench's pages are measured over.
 */
final class Drafts {

    private Drafts() {}

    /** What a complete draft of one item needs: applicant, form and the required materials. */
    record BenchItem(String code, String applicant, String form, List<String> materials) {}

    /**
     * The two seeded items whose drafts the bench knows how to fill in. Submissions take the items
     * in turn: each item's case numbers have a 4-digit daily sequence (DOMAIN.md), and real traffic
     * is never all of one item (whose sequence row every submission would otherwise queue on). The
     * load benchmark adds copies of the first ({@link #items}); the workbench's uses these two.
     */
    static final List<BenchItem> ITEMS = List.of(
            new BenchItem(
                    "11530000MB00000012XK00012000001",
                    """
                    {"type": "NATURAL_PERSON", "name": "张三", "idNumber": "530102198805120033", "phone": "13700137000"}
                    """,
                    """
                    {"unitName": "新华书店示例分店", "creditCode": "91350100M000100Y43", "address": "示例市示例路 1 号",
                     "premisesOwnership": "OWNED", "areaSquareMeters": 120, "contactPhone": "13800000000"}
                    """,
                    List.of("application-form", "business-license", "premises-proof")),
            new BenchItem(
                    "11530000MB00000012XK00013000001",
                    """
                    {"type": "LEGAL_PERSON", "name": "示例图书批发有限公司", "idNumber": "91350100M000100Y43",
                     "phone": "13800000000"}
                    """,
                    """
                    {"unitName": "示例图书批发有限公司", "creditCode": "91350100M000100Y43", "legalRepresentative": "王五",
                     "address": "示例市示例路 2 号", "areaSquareMeters": 300, "registeredCapitalYuan": 5000000}
                    """,
                    List.of("application-form", "business-license", "articles", "premises-proof", "management-rules")));

    /** Where the copies' guide comes from: the first seeded item's, as catalog seeds it. */
    private static final Path FIRST_GUIDE = Path.of("catalog-service/src/main/resources/seed/items/01-XK00012000.json");

    /**
     * The two seeded items, then copies of the first under implementation codes of their own
     * ({@code …XK00012000901}, {@code …902}, …): the more items, the fewer submissions share an
     * item's sequence row and queue on its lock. The bench takes 8 by default: 12.5 submissions a
     * second per item at 100/s, still far above any item's share of a province's peak (1.25/s in
     * all, CAPACITY.md). With 2, each submission waited 37–55 ms for its item's row under load
     * (issue 16): most of the submission latency measured at 100/s.
     */
    static List<BenchItem> items(int count) {
        if (count < 1 || count > 101) {
            // a copy's code ends in 901…999: three digits, as an implementation code's last part
            throw new IllegalArgumentException("bench.items is 1 to 101, not " + count);
        }
        var items = new ArrayList<BenchItem>(ITEMS.subList(0, Math.min(count, ITEMS.size())));
        var first = ITEMS.get(0);
        for (int copy = 1; items.size() < count; copy++) {
            items.add(new BenchItem(copyCode(copy), first.applicant(), first.form(), first.materials()));
        }
        return items;
    }

    private static String copyCode(int copy) {
        return ITEMS.get(0).code().substring(0, ITEMS.get(0).code().length() - 3) + (900 + copy);
    }

    /** Drafts and publishes, as the catalog admin, the copies {@link #items} names; one already there stays as it is. */
    static void publishCopies(Client gateway, String admin, int count) throws IOException {
        var guide = Files.readString(FIRST_GUIDE, StandardCharsets.UTF_8);
        for (int copy = 1; copy <= count - ITEMS.size(); copy++) {
            var code = copyCode(copy);
            var drafted = gateway.post(
                    "/api/catalog/items",
                    admin,
                    guide.replace(ITEMS.get(0).code(), code).replace("出版物零售单位设立审批", "出版物零售单位设立审批（压测副本" + copy + "）"),
                    null);
            // catalog refuses a code it has (400, "duplicate"): drafted by an earlier run on this stack,
            // which published it, or stopped just before
            boolean there = drafted.statusCode() == 400 && drafted.body().contains("\"duplicate\"");
            if (drafted.statusCode() != 201 && !there) {
                throw new IllegalStateException(
                        "drafting " + code + ": HTTP " + drafted.statusCode() + " " + drafted.body());
            }
            var published = gateway.post("/api/catalog/items/" + code + "/publish", admin, "", null);
            if (drafted.statusCode() == 201 && published.statusCode() != 201) {
                throw new IllegalStateException(
                        "publishing " + code + ": HTTP " + published.statusCode() + " " + published.body());
            }
        }
    }

    /** Submits one prepared draft; the case number, or null on an error. */
    static String submit(Client target, String token, String id, Latencies latencies) {
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

    /**
     * Complete drafts (form and materials), of the items in turn, prepared in parallel, ready to
     * submit. Five to seven requests a draft, not measured: the preparer is application-service
     * itself, which spares the gateway's share of the machine for what is measured.
     */
    static ConcurrentLinkedQueue<String> prepare(Client client, String token, int count, int concurrency)
            throws Exception {
        return prepare(client, token, ITEMS, count, concurrency);
    }

    static ConcurrentLinkedQueue<String> prepare(
            Client client, String token, List<BenchItem> items, int count, int concurrency) throws Exception {
        var ready = Collections.synchronizedList(new ArrayList<String>());
        var failures = new Latencies();
        var pool = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            var item = items.get(i % items.size());
            pool.submit(() -> {
                var created = client.post(
                        "/api/applications",
                        token,
                        "{\"itemCode\": \"" + item.code() + "\", \"applicant\": " + item.applicant() + "}",
                        null);
                if (created.statusCode() != 201) {
                    failures.error("create HTTP " + created.statusCode());
                    return;
                }
                var id = Client.json(created).get("id").asString();
                var form = client.put("/api/applications/" + id + "/form", token, item.form());
                if (form.statusCode() != 200) {
                    failures.error("form HTTP " + form.statusCode());
                    return;
                }
                for (var material : item.materials()) {
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
}
