package org.onewindow.catalog.search;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.onewindow.catalog.CatalogServiceApplication;
import org.onewindow.platform.testsupport.InfrastructureSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Search latency through the service (HTTP, JSON, PostgreSQL) over 10,000 generated items.
 * Prints p50/p99 per query shape; asserts nothing about time. Run on demand:
 * {@code ./mvnw -DskipTests install && ./mvnw -pl catalog-service test -Dbenchmark=true -Dtest=SearchBenchmark}
 * The report is in catalog-service/target/benchmarks/search.txt.
 */
@SpringBootTest(classes = CatalogServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class SearchBenchmark {

    static final int ITEMS = 10_000;
    static final int ROUNDS = 1_000;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        InfrastructureSupport.register(registry, "catalog_search_benchmark");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SearchCache cache;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void searchLatencyOver10000Items() throws Exception {
        loadItems();
        var queries = List.of(
                new String[] {"three characters, common", "q=出版物"},
                new String[] {"two characters", "q=卫星"},
                new String[] {"five characters", "q=许可证核发"},
                new String[] {"one character", "q=书"},
                new String[] {"words + department", "q=审批&department=radio-tv"},
                new String[] {"no text, type filter", "type=GG"},
                new String[] {"no hits", "q=护照签发"});
        var report = new StringBuilder();
        report.append(String.format(
                "search over %,d items, %,d requests per query, %d cores, Java %s%n",
                ITEMS, ROUNDS, Runtime.getRuntime().availableProcessors(), Runtime.version()));
        // a running service is warm: every shape once through the compiler before any is measured
        for (var query : queries) {
            measure(query, "warm-up", cache::clear);
        }
        for (var query : queries) {
            // asked again (the page is remembered) and asked for the first time (nothing remembered):
            // the public's searches are mostly the first kind, a new word costs the second
            report.append(measure(query, "repeated", () -> {}));
            report.append(measure(query, "first time", cache::clear));
        }
        var file = Path.of("target/benchmarks/search.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        System.out.print(report);
    }

    private String measure(String[] query, String how, Runnable before) throws Exception {
        for (int i = 0; i < 200; i++) {
            before.run();
            get(query[1]);
        }
        var nanos = new long[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            before.run();
            long t0 = System.nanoTime();
            get(query[1]);
            nanos[i] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        return String.format(
                "%-28s %-10s p50 %6.2f ms   p99 %6.2f ms   max %6.2f ms%n",
                query[0], how, nanos[ROUNDS / 2] / 1e6, nanos[ROUNDS * 99 / 100] / 1e6, nanos[ROUNDS - 1] / 1e6);
    }

    private void get(String query) throws Exception {
        var encoded = Arrays.stream(query.split("&"))
                .map(p -> p.split("=", 2))
                .map(p -> p[0] + "=" + URLEncoder.encode(p[1], StandardCharsets.UTF_8))
                .reduce((a, b) -> a + "&" + b)
                .orElse("");
        var response = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/catalog/items?" + encoded))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.body());
        }
    }

    private void loadItems() {
        var random = new Random(42);
        String[] regions = {"省", "昆明市", "曲靖市", "玉溪市", "保山市", "昭通市", "丽江市", "普洱市", "临沧市", "大理州"};
        String[] subjects = {"出版物", "印刷", "广播电视", "卫星电视", "音像制品", "电子出版物", "报刊", "图书", "网络视听", "有线电视", "期刊", "新闻"};
        String[] actions = {"零售", "批发", "制作", "发行", "复制", "进口", "经营", "出租", "传输", "安装"};
        String[] endings = {"单位设立审批", "许可证核发", "备案", "变更审批", "年度核验", "注销登记", "服务许可", "工程验收"};
        String[] departments = {"publishing", "radio-tv", "printing", "service-hall"};
        String[] types = {"XK", "XK", "XK", "QR", "GG", "QT"};
        var rows = new ArrayList<Object[]>();
        for (int i = 0; i < ITEMS; i++) {
            var code = String.format("11530000MB00000012XK%05d%03d%03d", i % 100_000, i % 1000, i % 1000);
            code = code.substring(0, 31);
            var name = regions[random.nextInt(regions.length)]
                    + subjects[random.nextInt(subjects.length)]
                    + actions[random.nextInt(actions.length)]
                    + endings[random.nextInt(endings.length)];
            var keywords = subjects[random.nextInt(subjects.length)] + " 事项" + i;
            rows.add(new Object[] {
                code,
                name,
                types[random.nextInt(types.length)],
                departments[random.nextInt(departments.length)],
                keywords
            });
        }
        for (var row : rows) {
            jdbc.sql("insert into item (code, base_code, name, type, department, status, current_version, created_at,"
                            + " created_by, updated_at, updated_by) values (:code, 'XK00001000', :name, :type, :department,"
                            + " 'PUBLISHED', 1, now(), 'benchmark', now(), 'benchmark') on conflict do nothing")
                    .param("code", row[0])
                    .param("name", row[1])
                    .param("type", row[2])
                    .param("department", row[3])
                    .update();
            jdbc.sql("insert into item_search (code, version, name, name_lc, type, department, service_objects,"
                            + " keywords, online_depth, promised_days, doc) values (:code, 1, :name, lower(:name),"
                            + " :type, :department,"
                            + " '{LEGAL_PERSON}', :keywords, 3, 10, lower(:name || ' ' || :keywords))"
                            + " on conflict do nothing")
                    .param("code", row[0])
                    .param("name", row[1])
                    .param("type", row[2])
                    .param("department", row[3])
                    .param("keywords", row[4])
                    .update();
        }
        jdbc.sql("analyze item_search").update();
        // loaded around SearchIndex, so the generation is moved here
        jdbc.sql("update search_generation set value = value + 1").update();
    }
}
