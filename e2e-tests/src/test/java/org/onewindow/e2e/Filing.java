package org.onewindow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Files complete applications of the sample retail item (or a copy of it) through the gateway, as many as asked. */
final class Filing {

    static final String ITEM = "11530000MB00000012XK00012000001";

    private final Api api;
    private final String token;
    private final String item;

    Filing(Api api, String token) {
        this(api, token, ITEM);
    }

    Filing(Api api, String token, String item) {
        this.api = api;
        this.token = token;
        this.item = item;
    }

    /** A complete application, submitted; its case number. Online, the applicant (张三) files in her own name. */
    String fileOne() {
        return fileFor("""
                {"type": "NATURAL_PERSON", "name": "张三", "idNumber": "530102198805120033", "phone": "13700137000"}
                """);
    }

    /** A complete application in the name of the applicant given (JSON), submitted; its case number. */
    String fileFor(String applicant) {
        var created = api.post("/api/applications", token, """
                {"itemCode": "%s", "applicant": %s}
                """.formatted(item, applicant));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var base = "/api/applications/"
                + Api.JSON.readTree(created.body()).get("id").asString();
        var form = api.put(base + "/form", token, """
                {"unitName": "新华书店示例分店", "creditCode": "91350100M000100Y43", "address": "示例市示例路 1 号",
                 "premisesOwnership": "OWNED", "areaSquareMeters": 120, "contactPhone": "13800000000"}
                """);
        assertThat(form.statusCode()).as(form.body()).isEqualTo(200);
        for (var material : List.of("application-form", "business-license", "premises-proof")) {
            var upload = api.upload(
                    base + "/materials/" + material,
                    token,
                    material + ".pdf",
                    "application/pdf",
                    ("%PDF-1.4\n% " + material + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8));
            assertThat(upload.statusCode()).as(upload.body()).isEqualTo(200);
        }
        var submitted = api.post(base + "/submit", token, "", UUID.randomUUID().toString());
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        return Api.JSON.readTree(submitted.body()).get("caseNo").asString();
    }

    /** Starts filing {@code count} applications on {@code threads} threads; the futures give the case numbers. */
    static List<Future<String>> fileMany(Filing filing, int count, ExecutorService pool) {
        var futures = new ArrayList<Future<String>>();
        for (int i = 0; i < count; i++) {
            futures.add(pool.submit(filing::fileOne));
        }
        return Collections.unmodifiableList(futures);
    }

    static ExecutorService pool(int threads) {
        return Executors.newFixedThreadPool(threads);
    }
}
