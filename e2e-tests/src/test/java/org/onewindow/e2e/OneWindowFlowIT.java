package org.onewindow.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * The plan's flow, through the gateway with real tokens, for each channel: an admin publishes an
 * item reviewed by two departments; the application is drafted, pre-reviewed (every problem at
 * once), fixed and submitted once despite a retry; the clerk asks for supplement, gets it and
 * accepts; both departments give opinions; the approver approves; the certificate verifies; the
 * filer sees COMPLETED with the whole timeline and rates it 2; disclosure shows the masked result,
 * the new figures and an open rectification; and the provincial platform's stand-in received
 * 1, 6, supplement ended, 3, 8, 11, in order and each once. Along the way: strangers get 404,
 * departments that do not review the item get 403, a forged certificate fails, the audit chain holds.
 */
class OneWindowFlowIT {

    static final String ITEM = "11530000MB00000012XK00012000951";
    // the same item implemented by a body in another province (division 440000): sample data
    static final String OTHER_REGION_ITEM = "11440000MB0000001FXK00012000953";
    static Api api;

    @BeforeAll
    static void publishAnItemReviewedByTwoDepartments() throws Exception {
        api = new Api(E2eStack.get().ports());
        var admin = api.tokenOf("catalog-admin");
        var guide = Files.readString(
                        Path.of("../catalog-service/src/main/resources/seed/items/01-XK00012000.json"),
                        StandardCharsets.UTF_8)
                .replace("11530000MB00000012XK00012000001", ITEM)
                .replace("出版物零售单位设立审批", "出版物零售单位设立审批（全流程）")
                .replace(
                        "\"reviewDepartments\": [\n    \"publishing\"\n  ]",
                        "\"reviewDepartments\": [\"publishing\", \"radio-tv\"]");
        assertThat(guide).contains("\"radio-tv\"");
        publish(admin, ITEM, guide);
        publish(admin, OTHER_REGION_ITEM, guide.replace(ITEM, OTHER_REGION_ITEM).replace("（全流程）", "（外省）"));
    }

    static void publish(String admin, String code, String guide) {
        publish(api, admin, code, guide);
    }

    /** Drafts and publishes an item of the tests' own, as the catalog admin. */
    static void publish(Api api, String admin, String code, String guide) {
        var drafted = api.post("/api/catalog/items", admin, guide);
        assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
        assertThat(api.post("/api/catalog/items/" + code + "/publish", admin, "")
                        .statusCode())
                .isEqualTo(201);
    }

    /** Whom a channel files for: online, the signed-in applicant herself (张三, real-name filing); else 张三丰. */
    record Person(String name, String idNumber, String phone, String masked) {
        static Person filedBy(String channel) {
            return channel.equals("ONLINE")
                    ? new Person("张三", "530102198805120033", "13700137000", "张*")
                    : new Person("张三丰", "530102199003071238", "13812345678", "张**");
        }
    }

    static String filerToken(String channel) {
        return switch (channel) {
            case "ONLINE" -> api.tokenOf("applicant");
            case "WINDOW" -> api.tokenOf("clerk");
            default -> api.provincialPlatformToken();
        };
    }

    static byte[] pdf(String text) {
        return ("%PDF-1.4\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    static JsonNode read(String path, String token) {
        var response = api.get(path, token);
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        return Api.JSON.readTree(response.body());
    }

    static JsonNode publishingSatisfaction() {
        for (var row :
                read("/api/disclosure/statistics?department=publishing", null).get("departments")) {
            return row.get("satisfaction");
        }
        return Api.JSON.readTree("{\"evaluations\": 0, \"poor\": 0}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ONLINE", "WINDOW", "PROVINCIAL"})
    void fromApplicationToDisclosureAndTheProvince(String channel) {
        var filer = filerToken(channel);
        var person = Person.filedBy(channel);
        var created = api.post(
                "/api/applications", filer, """
                {"itemCode": "%s", "applicant": {"type": "NATURAL_PERSON", "name": "%s",
                 "idNumber": "%s", "phone": "%s"}}
                """.formatted(ITEM, person.name(), person.idNumber(), person.phone()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var base = "/api/applications/"
                + Api.JSON.readTree(created.body()).get("id").asString();

        // pre-review tells every problem at once
        api.put(base + "/form", filer, "{\"unitName\": \"三丰书店\", \"premisesOwnership\": \"LEASED\"}");
        api.upload(base + "/materials/application-form", filer, "application.pdf", "application/pdf", pdf("a"));
        var review = Api.JSON.readTree(api.post(base + "/pre-review", filer, "").body());
        assertThat(review.get("passed").asBoolean()).isFalse();
        assertThat(review.get("problems").findValuesAsString("code"))
                .contains("MATERIAL_MISSING", "FORM_FIELD_REQUIRED");
        // the lease contract and the premises proof may follow after acceptance with gaps (容缺)
        assertThat(review.get("notices").findValuesAsString("materialId")).contains("lease-contract", "premises-proof");

        api.put(base + "/form", filer, """
                {"unitName": "三丰书店", "creditCode": "91350100M000100Y43", "address": "示例市示例路 2 号",
                 "premisesOwnership": "OWNED", "areaSquareMeters": 80, "contactPhone": "13812345678"}
                """);
        api.upload(base + "/materials/business-license", filer, "license.pdf", "application/pdf", pdf("b"));
        api.upload(base + "/materials/premises-proof", filer, "premises.pdf", "application/pdf", pdf("c"));
        var key = UUID.randomUUID().toString();
        var submitted = api.post(base + "/submit", filer, "", key);
        var retried = api.post(base + "/submit", filer, "", key);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        var caseNo = Api.JSON.readTree(submitted.body()).get("caseNo").asString();
        assertThat(Api.JSON.readTree(retried.body()).get("caseNo").asString()).isEqualTo(caseNo);
        // a counter or provincial applicant has no account here: the receipt's query code is theirs
        var queryCode = Api.JSON.readTree(submitted.body()).get("queryCode");
        if ("ONLINE".equals(channel)) {
            assertThat(queryCode.isNull()).isTrue();
        } else {
            var progress = read("/api/applications/progress/" + caseNo + "?code=" + queryCode.asString(), null);
            assertThat(progress.get("status").asString()).isEqualTo("SUBMITTED");
            assertThat(progress.get("applicantName").asString()).isEqualTo("张**");
            assertThat(api.get("/api/applications/progress/" + caseNo + "?code=WRONG2345", null)
                            .statusCode())
                    .isEqualTo(404);
        }
        assertThat(api.post(base + "/submit", filer, "").statusCode())
                .as("a second submit without the key")
                .isEqualTo(409);
        var stranger = api.tokenOf("applicant2");
        assertThat(api.get(base, stranger).statusCode()).isEqualTo(404);
        assertThat(api.get("/api/applications/by-case/" + caseNo, stranger).statusCode())
                .isEqualTo(404);
        var submittedEvents = Topics.readUntil(
                        E2eStack.get().ports(),
                        "application.v1",
                        Duration.ofSeconds(30),
                        seen -> seen.stream().anyMatch(r -> caseNo.equals(r.key())))
                .stream()
                .filter(r -> caseNo.equals(r.key()))
                .toList();
        assertThat(submittedEvents).as("one event despite the retry").hasSize(1);
        assertThat(Api.JSON
                        .readTree(submittedEvents.get(0).value())
                        .get("payload")
                        .get("channel")
                        .asString())
                .isEqualTo(channel);

        var clerk = api.tokenOf("clerk");
        var caseUrl = "/api/review/cases/" + caseNo;
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get(caseUrl, clerk).statusCode() == 200);
        assertThat(api.post(caseUrl + "/request-supplement", clerk, """
                                {"items": [{"materialId": "business-license", "description": "营业执照复印件不清晰"}]}
                                """).statusCode())
                .isEqualTo(200);
        awaitStatus(base, filer, "SUPPLEMENT_REQUESTED");
        api.upload(base + "/materials/business-license", filer, "license-v2.pdf", "application/pdf", pdf("b2"));
        assertThat(api.post(base + "/supplement", filer, "").statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get(caseUrl, clerk).body().contains("\"status\":\"SUBMITTED\""));
        assertThat(api.post(caseUrl + "/accept", clerk, "{}").statusCode()).isEqualTo(200);
        var opinion = "{\"opinion\": \"同意\", \"favourable\": true}";
        assertThat(api.post(caseUrl + "/opinions", api.tokenOf("reviewer-pub"), opinion)
                        .statusCode())
                .isEqualTo(200);
        assertThat(api.post(caseUrl + "/opinions", api.tokenOf("reviewer-rtv"), opinion)
                        .statusCode())
                .isEqualTo(200);
        assertThat(api.post(caseUrl + "/opinions", api.tokenOf("applicant"), opinion)
                        .statusCode())
                .isEqualTo(403);
        assertThat(api.post(caseUrl + "/opinions", api.tokenOf("reviewer-prt"), opinion)
                        .statusCode())
                .as("printing does not review this item: not even that the case exists")
                .isEqualTo(404);
        assertThat(api.get(caseUrl, api.tokenOf("reviewer-prt")).statusCode()).isEqualTo(404);
        var decision = api.post(
                caseUrl + "/decision", api.tokenOf("approver"), "{\"decision\": \"APPROVE\", \"reason\": \"符合条件\"}");
        assertThat(decision.statusCode()).as(decision.body()).isEqualTo(200);

        awaitStatus(base, filer, "COMPLETED");
        var timeline = read(base, filer).get("timeline");
        assertThat(timeline.findValuesAsString("action"))
                .containsSubsequence(
                        "DRAFT_CREATED",
                        "SUBMITTED",
                        "SUPPLEMENT_REQUESTED",
                        "RESUBMITTED",
                        "ACCEPTED",
                        "OPINION_RECORDED",
                        "APPROVED",
                        "CERTIFICATE_ISSUED",
                        "COMPLETED");
        var certificateNo = timeline.findValuesAsString("certificateNo").get(0);
        assertThat(read("/api/review/certificates/" + certificateNo + "/verify", null)
                        .get("valid")
                        .asBoolean())
                .isTrue();
        // by number alone only its standing, nothing personal; the code printed on it opens the content
        var standing =
                api.get("/api/review/certificates/" + certificateNo, null).body();
        assertThat(standing).doesNotContain(person.name(), caseNo);
        var issued = read(caseUrl, clerk).get("certificate");
        var code = issued.get("verificationCode").asString();
        var opened = read("/api/review/certificates/" + certificateNo + "?code=" + code, null);
        assertThat(opened.get("content").toString()).contains(caseNo).doesNotContain(person.name());
        var content = issued.get("content").toString();
        assertThat(content).contains(caseNo);
        assertThat(Api.JSON
                        .readTree(api.post(
                                        "/api/review/certificates/verify",
                                        null,
                                        "{\"content\": " + content + ", \"signature\": \""
                                                + issued.get("signature").asString() + "\"}")
                                .body())
                        .get("valid")
                        .asBoolean())
                .as("the certificate as issued")
                .isTrue();
        var forged = "{\"content\": " + content.replace(caseNo, caseNo + "9") + ", \"signature\": \""
                + issued.get("signature").asString() + "\"}";
        assertThat(Api.JSON
                        .readTree(api.post("/api/review/certificates/verify", null, forged)
                                .body())
                        .get("valid")
                        .asBoolean())
                .as("a certificate altered after signing")
                .isFalse();
        assertThat(read(caseUrl + "/audit", api.tokenOf("supervisor"))
                        .get("verified")
                        .asBoolean())
                .isTrue();

        var before = publishingSatisfaction();
        var rating = "{\"level\": 2, \"comment\": \"补正通知来得太晚\"}";
        if ("WINDOW".equals(channel)) {
            // the clerk filed the case but does not rate their own service: the applicant does, by code
            assertThat(api.post(base + "/evaluation", filer, rating).statusCode())
                    .isEqualTo(403);
            var rated = api.post(
                    "/api/applications/progress/" + caseNo + "/evaluation?code=" + queryCode.asString(), null, rating);
            assertThat(rated.statusCode()).as(rated.body()).isEqualTo(204);
            assertThat(read("/api/applications/progress/" + caseNo + "?code=" + queryCode.asString(), null)
                            .get("status")
                            .asString())
                    .isEqualTo("COMPLETED");
        } else {
            var rated = api.post(base + "/evaluation", filer, rating);
            assertThat(rated.statusCode()).as(rated.body()).isEqualTo(204);
        }

        // disclosure: the masked result, the figures moved by the rating, an open rectification
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            var mine =
                    read("/api/disclosure/results?itemCode=" + ITEM + "&size=100", null).findParents("caseNo").stream()
                            .filter(r -> caseNo.equals(r.get("caseNo").asString()))
                            .findFirst()
                            .orElseThrow();
            assertThat(mine.get("applicant").asString()).isEqualTo(person.masked());
            var after = publishingSatisfaction();
            assertThat(after.get("evaluations").asLong())
                    .isEqualTo(before.get("evaluations").asLong() + 1);
            assertThat(after.get("poor").asLong()).isEqualTo(before.get("poor").asLong() + 1);
            var rectification = read("/api/disclosure/evaluations?department=publishing&size=100", null)
                    .get("rectifications")
                    .findParents("caseNo")
                    .stream()
                    .filter(r -> caseNo.equals(r.get("caseNo").asString()))
                    .findFirst()
                    .orElseThrow();
            assertThat(rectification.get("state").asString()).isEqualTo("OPEN");
        });
        assertThat(api.get("/api/disclosure/results?itemCode=" + ITEM + "&size=100", null)
                        .body())
                .doesNotContain(person.name(), person.idNumber(), person.phone());

        // the province heard of every step, in order, each once
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> assertThat(E2eStack.pushedCodes(caseNo)).containsExactly("1", "6", "7", "3", "8", "11"));
        assertThat(E2eStack.receivedFor(caseNo)).hasSize(6);

        // the provincial platform follows every case of its region, whoever filed it, and changes only its own
        var platform = api.provincialPlatformToken();
        assertThat(api.get("/api/applications/by-case/" + caseNo, platform).statusCode())
                .isEqualTo(200);
        if (!"PROVINCIAL".equals(channel)) {
            assertThat(api.post(base + "/withdraw", platform, "{\"reason\": \"x\"}")
                            .statusCode())
                    .isEqualTo(403);
        }
    }

    /**
     * Issue 12's holes, end to end: accepted with a gap (容缺) after a pre-review that told the gap
     * as a notice; no approval while the gap is open; a supplement asked for during review brings
     * the case back into review on both sides; the owed material closes the gap; approval
     * completes it; the province hears 1, 3, 8, 6, supplement ended, 11.
     */
    @Test
    void acceptedWithAGapSupplementedDuringReviewAndCompleted() {
        var applicant = api.tokenOf("applicant");
        var created = api.post("/api/applications", applicant, """
                {"itemCode": "%s", "applicant": {"type": "NATURAL_PERSON", "name": "张三",
                 "idNumber": "530102198805120033", "phone": "13700137000"}}
                """.formatted(ITEM));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var base = "/api/applications/"
                + Api.JSON.readTree(created.body()).get("id").asString();
        api.put(base + "/form", applicant, """
                {"unitName": "张三书店", "creditCode": "91350100M000100Y43", "address": "示例市示例路 3 号",
                 "premisesOwnership": "OWNED", "areaSquareMeters": 60, "contactPhone": "13700137000"}
                """);
        api.upload(base + "/materials/application-form", applicant, "application.pdf", "application/pdf", pdf("a"));
        api.upload(base + "/materials/business-license", applicant, "license.pdf", "application/pdf", pdf("b"));
        var preReview =
                Api.JSON.readTree(api.post(base + "/pre-review", applicant, "").body());
        assertThat(preReview.get("passed").asBoolean()).as(preReview.toString()).isTrue();
        assertThat(preReview.get("notices").findValuesAsString("materialId")).containsExactly("premises-proof");
        var submitted =
                api.post(base + "/submit", applicant, "", UUID.randomUUID().toString());
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        var caseNo = Api.JSON.readTree(submitted.body()).get("caseNo").asString();

        var clerk = api.tokenOf("clerk");
        var caseUrl = "/api/review/cases/" + caseNo;
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get(caseUrl, clerk).statusCode() == 200);
        var gapDeadline =
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(3);
        var accepted = api.post(caseUrl + "/accept", clerk, """
                {"missingMaterials": ["premises-proof"], "gapDeadline": "%s"}
                """.formatted(gapDeadline));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        awaitStatus(base, applicant, "ACCEPTED");
        var opinion = "{\"opinion\": \"同意\", \"favourable\": true}";
        assertThat(api.post(caseUrl + "/opinions", api.tokenOf("reviewer-pub"), opinion)
                        .statusCode())
                .isEqualTo(200);
        assertThat(api.post(caseUrl + "/opinions", api.tokenOf("reviewer-rtv"), opinion)
                        .statusCode())
                .isEqualTo(200);
        var approver = api.tokenOf("approver");
        var approve = "{\"decision\": \"APPROVE\", \"reason\": \"符合条件\"}";
        assertThat(api.post(caseUrl + "/decision", approver, approve).statusCode())
                .as("no approval while a gap is open")
                .isEqualTo(409);

        // a supplement asked for during review
        assertThat(api.post(caseUrl + "/request-supplement", clerk, """
                                {"items": [{"materialId": "business-license", "description": "营业执照已过期，请提供新证"}]}
                                """).statusCode())
                .isEqualTo(200);
        awaitStatus(base, applicant, "SUPPLEMENT_REQUESTED");
        api.upload(base + "/materials/business-license", applicant, "license-2.pdf", "application/pdf", pdf("b2"));
        assertThat(api.post(base + "/supplement", applicant, "").statusCode()).isEqualTo(200);
        awaitStatus(base, applicant, "IN_REVIEW");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get(caseUrl, clerk).body().contains("\"status\":\"IN_REVIEW\""));

        // the owed material closes the gap; then the approval holds
        var owed =
                api.upload(base + "/materials/premises-proof", applicant, "premises.pdf", "application/pdf", pdf("c"));
        assertThat(owed.statusCode()).as(owed.body()).isEqualTo(200);
        assertThat(api.upload(base + "/materials/application-form", applicant, "again.pdf", "application/pdf", pdf("x"))
                        .statusCode())
                .as("only the owed material is taken after acceptance")
                .isEqualTo(409);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> read(base, applicant)
                        .get("timeline")
                        .findValuesAsString("action")
                        .contains("GAP_CLOSED"));
        var decided = api.post(caseUrl + "/decision", approver, approve);
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        awaitStatus(base, applicant, "COMPLETED");
        assertThat(read(base, applicant).get("timeline").findValuesAsString("action"))
                .containsSubsequence(
                        "SUBMITTED",
                        "ACCEPTED",
                        "GAP_OPENED",
                        "OPINION_RECORDED",
                        "SUPPLEMENT_REQUESTED",
                        "RESUBMITTED",
                        "SUPPLEMENT_RECEIVED",
                        "GAP_MATERIAL_PROVIDED",
                        "GAP_CLOSED",
                        "APPROVED",
                        "COMPLETED");
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> assertThat(E2eStack.pushedCodes(caseNo)).containsExactly("1", "3", "8", "6", "7", "11"));
    }

    @Test
    void theProvincialPlatformSeesNothingOutsideItsRegion() {
        var applicant = api.tokenOf("applicant");
        var caseNo = new Filing(api, applicant, OTHER_REGION_ITEM).fileOne();
        assertThat(api.get("/api/applications/by-case/" + caseNo, applicant).statusCode())
                .isEqualTo(200);
        assertThat(api.get("/api/applications/by-case/" + caseNo, api.provincialPlatformToken())
                        .statusCode())
                .isEqualTo(404);
    }

    private static void awaitStatus(String base, String token, String status) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get(base, token).body().contains("\"status\":\"" + status + "\""));
    }
}
