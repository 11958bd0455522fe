package org.onewindow.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onewindow.e2e.fuzz.Fixtures;
import org.onewindow.e2e.fuzz.FuzzRun;
import org.onewindow.e2e.fuzz.OpenApiOperations;
import org.onewindow.e2e.fuzz.Operation;
import org.onewindow.e2e.fuzz.RowCounts;
import org.onewindow.localstack.LocalStack;
import org.onewindow.localstack.PlatformService;
import org.onewindow.localstack.Postgres;

/**
 * Issue 13, point 13: every operation of every service's OpenAPI document, through the gateway,
 * with malformed, boundary, oversized and wrongly typed input, without a token, with a forged
 * one, and with other users' ids. No answer is a 5xx, every 4xx is a problem detail, and a
 * refused request leaves every table's row count as it was. The run prints its seed, its request
 * count and its answers by status; {@code -Dfuzz.seed=} and {@code -Dfuzz.only=} reproduce a
 * failure, and target/fuzz-report.txt lists every request that failed.
 */
class FuzzIT {

    static final long DEFAULT_SEED = 20_260_613L;
    /** The fuzz's own item (a copy of the sample), so that what it changes stays its own. */
    static final String FUZZ_ITEM = "11530000MB00000012XK00012000961";

    static final List<String> SERVICES = List.of("catalog", "application", "review", "disclosure");

    static LocalStack stack;
    static Api api;

    @BeforeAll
    static void start() {
        stack = E2eStack.get();
        api = new Api(stack.ports());
    }

    @Test
    void everyOperationRefusesBadInputWithAProblemAndWritesNothing() {
        awaitRoutesUp();
        var operations = OpenApiOperations.read(SERVICES, FuzzIT::apiDocs);
        var perService = operations.stream().collect(Collectors.groupingBy(Operation::service, Collectors.counting()));
        // a document that lost its operations would make the fuzz pass by sending nothing
        assertThat(perService.keySet()).containsExactlyInAnyOrderElementsOf(SERVICES);
        assertThat(perService.values()).allMatch(count -> count >= 3);

        var fixtures = fixtures(Fixtures.draftsWanted(operations));
        long seed = Long.getLong("fuzz.seed", DEFAULT_SEED);
        var only = System.getProperty("fuzz.only");
        try (var rows =
                RowCounts.open(PlatformService.databases(), stack.ports()::jdbcUrl, Postgres.USER, Postgres.PASSWORD)) {
            var report = FuzzRun.run(
                    new FuzzRun.Setup(
                            URI.create("http://localhost:" + stack.ports().gateway()),
                            seed,
                            FuzzIT::tokenOf,
                            fixtures,
                            rows,
                            only == null || only.isBlank() ? null : Pattern.compile(only),
                            Duration.ofSeconds(Long.getLong("fuzz.budget-seconds", 150)),
                            System.out),
                    operations);
            System.out.println(report.summary());
            report.writeTo(Path.of("target", "fuzz-report.txt"));
            if (!report.failures().isEmpty()) {
                fail(report.failures().size() + " failing answers of " + report.requests() + " requests\n"
                        + report.summary());
            }
        }
    }

    private static String apiDocs(String service) {
        var response = api.get("/v3/api-docs/" + service, null);
        assertThat(response.statusCode()).as("/v3/api-docs/" + service).isEqualTo(200);
        return response.body();
    }

    private static String tokenOf(String who) {
        return switch (who) {
            case "provincial-platform" -> api.provincialPlatformToken();
            case "sharing-demo" -> api.sharingToken();
            default -> api.tokenOf(who);
        };
    }

    /** The applicant's drafts and case, applicant2's draft: what the fuzz's ids point at. */
    private static Fixtures fixtures(int drafts) {
        var applicant = api.tokenOf("applicant");
        var caseNo = new Filing(api, applicant).fileOne();
        var clerk = api.tokenOf("clerk");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> api.get("/api/review/cases/" + caseNo, clerk).statusCode() == 200);
        var own = new ArrayList<UUID>();
        for (int i = 0; i < drafts; i++) {
            own.add(draft(applicant, "张三", "530102198805120033", "13700137000"));
        }
        var theirs = draft(api.tokenOf("applicant2"), "李四", "530102199003071238", "13800138000");
        var form = """
                {"unitName": "新华书店示例分店", "creditCode": "91350100M000100Y43", "address": "示例市示例路 1 号",
                 "premisesOwnership": "OWNED", "areaSquareMeters": 120, "contactPhone": "13800000000"}
                """;
        // A copy of the sample item of the fuzz's own: what the fuzz gets accepted (a retirement with
        // a well-formed reason, a draft edit) must not change the item the other tests file for.
        // Creating it again is a conflict, so only the checks before that are reached.
        var item = read("../catalog-service/src/main/resources/seed/items/01-XK00012000.json")
                .replace(Filing.ITEM, FUZZ_ITEM)
                .replace("出版物零售单位设立审批", "出版物零售单位设立审批（模糊测试）");
        var admin = api.tokenOf("catalog-admin");
        var created = api.post("/api/catalog/items", admin, item);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var published = api.post("/api/catalog/items/" + FUZZ_ITEM + "/publish", admin, "");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
        return new Fixtures(
                own,
                theirs,
                caseNo,
                FUZZ_ITEM,
                Map.of(
                        "PUT /api/applications/{id}/form", form,
                        "POST /api/catalog/items", item,
                        "PUT /api/catalog/items/{code}/draft", item));
    }

    /**
     * A route whose service was stopped by an earlier test may still have its circuit open: the
     * fuzz starts when every API route answers with something other than the gateway's 503.
     */
    private static void awaitRoutesUp() {
        var applicant = api.tokenOf("applicant");
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> List.of(
                                api.get("/api/catalog/items?size=1", null),
                                api.get("/api/applications?size=1", applicant),
                                api.get("/api/review/certificates/FUZZ-NONE", null),
                                api.get("/api/disclosure/items", null))
                        .stream()
                        .noneMatch(response -> response.statusCode() >= 500));
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static UUID draft(String token, String name, String idNumber, String phone) {
        var created = api.post("/api/applications", token, """
                {"itemCode": "%s", "applicant": {"type": "NATURAL_PERSON", "name": "%s",
                 "idNumber": "%s", "phone": "%s"}}
                """.formatted(Filing.ITEM, name, idNumber, phone));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return UUID.fromString(Api.JSON.readTree(created.body()).get("id").asString());
    }
}
