package org.onewindow.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onewindow.localstack.LocalStack;
import tools.jackson.databind.JsonNode;

/**
 * The public side, through the gateway: a person's approved case appears in the results with the
 * name masked; their poor rating moves the statistics and opens a rectification; a complaint filed
 * without a token is followed with its code, answered and published in the correction column.
 */
class DisclosureIT {

    static final String ITEM = "11530000MB00000012XK00012000001";
    static LocalStack stack;
    static Api api;

    @BeforeAll
    static void start() {
        stack = E2eStack.get();
        api = new Api(stack.ports());
    }

    static byte[] pdf(String text) {
        return ("%PDF-1.4\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    JsonNode json(String path) {
        var response = api.get(path, null);
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        return Api.JSON.readTree(response.body());
    }

    JsonNode publishingSatisfaction() {
        for (var row : json("/api/disclosure/statistics?department=publishing").get("departments")) {
            return row.get("satisfaction");
        }
        return Api.JSON.readTree("{\"evaluations\": 0, \"poor\": 0}");
    }

    @Test
    void anApprovedCaseIsDisclosedMaskedAndItsRatingCounts() {
        var applicant = api.tokenOf("applicant");
        var created = api.post("/api/applications", applicant, """
                {"itemCode": "%s", "applicant": {"type": "NATURAL_PERSON", "name": "张三丰",
                 "idNumber": "530102199003071238", "phone": "13812345678"}}
                """.formatted(ITEM));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var base = "/api/applications/"
                + Api.JSON.readTree(created.body()).get("id").asString();
        api.put(base + "/form", applicant, """
                {"unitName": "三丰书店", "creditCode": "91350100M000100Y43", "address": "示例市示例路 2 号",
                 "premisesOwnership": "OWNED", "areaSquareMeters": 80, "contactPhone": "13812345678"}
                """);
        for (var material : new String[] {"application-form", "business-license", "premises-proof"}) {
            assertThat(api.upload(
                                    base + "/materials/" + material,
                                    applicant,
                                    material + ".pdf",
                                    "application/pdf",
                                    pdf(material))
                            .statusCode())
                    .isEqualTo(200);
        }
        var submitted =
                api.post(base + "/submit", applicant, "", UUID.randomUUID().toString());
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        var caseNo = Api.JSON.readTree(submitted.body()).get("caseNo").asString();

        var clerk = api.tokenOf("clerk");
        var caseUrl = "/api/review/cases/" + caseNo;
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get(caseUrl, clerk).statusCode() == 200);
        assertThat(api.post(caseUrl + "/accept", clerk, "{}").statusCode()).isEqualTo(200);
        assertThat(api.post(
                                caseUrl + "/opinions",
                                api.tokenOf("reviewer-pub"),
                                "{\"opinion\": \"同意\", \"favourable\": true}")
                        .statusCode())
                .isEqualTo(200);
        var decision = api.post(
                caseUrl + "/decision", api.tokenOf("approver"), "{\"decision\": \"APPROVE\", \"reason\": \"符合条件\"}");
        assertThat(decision.statusCode()).as(decision.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get(base, applicant).body().contains("\"status\":\"COMPLETED\""));

        // within seconds the public sees the result, the person's name masked and nothing else of theirs
        await().atMost(Duration.ofSeconds(15))
                .until(() -> api.get("/api/disclosure/results?itemCode=" + ITEM + "&size=100", null)
                        .body()
                        .contains(caseNo));
        var results = api.get("/api/disclosure/results?itemCode=" + ITEM + "&size=100", null)
                .body();
        var mine = Api.JSON.readTree(results).findParents("caseNo").stream()
                .filter(r -> caseNo.equals(r.get("caseNo").asString()))
                .findFirst()
                .orElseThrow();
        assertThat(mine.get("applicant").asString()).isEqualTo("张**");
        assertThat(mine.get("outcome").asString()).isEqualTo("APPROVED");
        assertThat(results).doesNotContain("张三丰", "530102199003071238", "13812345678");

        var before = publishingSatisfaction();
        var rated = api.post(base + "/evaluation", applicant, "{\"level\": 2, \"comment\": \"等了太久\"}");
        assertThat(rated.statusCode()).as(rated.body()).isIn(200, 201, 204);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            var after = publishingSatisfaction();
            assertThat(after.get("evaluations").asLong())
                    .isEqualTo(before.get("evaluations").asLong() + 1);
            assertThat(after.get("poor").asLong()).isEqualTo(before.get("poor").asLong() + 1);
        });
        var statistics = json("/api/disclosure/statistics?department=publishing");
        assertThat(statistics
                        .get("departments")
                        .get(0)
                        .get("figures")
                        .get("completed")
                        .asLong())
                .isGreaterThanOrEqualTo(1);
        var rectification = json("/api/disclosure/evaluations?department=publishing&size=100")
                .get("rectifications")
                .findParents("caseNo")
                .stream()
                .filter(r -> caseNo.equals(r.get("caseNo").asString()))
                .findFirst()
                .orElseThrow();
        assertThat(rectification.get("state").asString()).isEqualTo("OPEN");
        assertThat(rectification.get("level").asInt()).isEqualTo(2);
    }

    @Test
    void aComplaintIsFiledWithoutATokenFollowedAnsweredAndPublished() {
        var filed = api.post("/api/disclosure/complaints", null, """
                {"kind": "COMPLAINT", "subject": "窗口人员态度生硬", "department": "publishing",
                 "content": "三月五日在政务大厅办理时被要求重复提交材料。", "contact": {"phone": "13912345678"}}
                """);
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        var ticket = Api.JSON.readTree(filed.body()).get("ticket").asString();
        var code = Api.JSON.readTree(filed.body()).get("queryCode").asString();

        var status = api.get("/api/disclosure/complaints/" + ticket + "?code=" + code, null);
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(status.headers().firstValue("Cache-Control")).hasValue("private, no-store");
        assertThat(api.get("/api/disclosure/complaints/" + ticket + "?code=WRONGCODE234", null)
                        .statusCode())
                .isEqualTo(404);

        var answer = "{\"answer\": \"已约谈当事窗口人员并通报整改。\", \"publish\": true}";
        assertThat(api.post("/api/disclosure/complaints/" + ticket + "/answer", api.tokenOf("clerk"), answer)
                        .statusCode())
                .isEqualTo(403);
        assertThat(api.post("/api/disclosure/complaints/" + ticket + "/answer", api.tokenOf("supervisor"), answer)
                        .statusCode())
                .isEqualTo(200);
        assertThat(Api.JSON
                        .readTree(api.get("/api/disclosure/complaints/" + ticket + "?code=" + code, null)
                                .body())
                        .get("answered")
                        .asBoolean())
                .isTrue();
        var column = api.get("/api/disclosure/corrections?size=100", null).body();
        assertThat(column).contains(ticket, "已约谈当事窗口人员并通报整改。").doesNotContain("13912345678", "重复提交材料");
    }
}
