package org.onewindow.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onewindow.localstack.LocalStack;

/**
 * One case across the platform, through the gateway with real tokens: the applicant submits an
 * item reviewed by two departments, the clerk asks for supplement, the applicant supplements, the
 * clerk accepts, both departments give opinions, the approver approves, and the applicant sees
 * COMPLETED with the whole timeline; the case's audit chain verifies.
 */
class ReviewFlowIT {

    static final String ITEM = "11530000MB00000012XK00031000001";
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

    @Test
    void anApplicationGoesThroughReviewToCompletion() {
        var applicant = api.tokenOf("applicant");
        var created = api.post("/api/applications", applicant, """
                {"itemCode": "%s", "applicant": {"type": "LEGAL_PERSON", "name": "示例影视文化有限公司",
                 "idNumber": "91350100M000100Y43", "phone": "13800000000"}}
                """.formatted(ITEM));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var base = "/api/applications/"
                + Api.JSON.readTree(created.body()).get("id").asString();
        api.put(base + "/form", applicant, """
                {"unitName": "示例影视文化有限公司", "creditCode": "91350100M000100Y43", "legalRepresentative": "王五",
                 "programmeTypes": ["DOCUMENTARY"], "foreignInvestment": false, "professionalStaff": 5}
                """);
        for (var material :
                new String[] {"application-form", "business-license", "articles", "staff-list", "premises-proof"}) {
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
        var supplement = api.post(caseUrl + "/request-supplement", clerk, """
                {"items": [{"materialId": "staff-list", "description": "缺少专业人员资质证明"},
                           {"field": "professionalStaff", "description": "人数与名单不一致"}]}
                """);
        assertThat(supplement.statusCode()).as(supplement.body()).isEqualTo(200);
        awaitStatus(base, applicant, "SUPPLEMENT_REQUESTED");
        assertThat(Api.JSON
                        .readTree(api.get(base, applicant).body())
                        .get("supplement")
                        .size())
                .isEqualTo(2);

        api.upload(base + "/materials/staff-list", applicant, "staff-list-v2.pdf", "application/pdf", pdf("staff v2"));
        assertThat(api.post(base + "/supplement", applicant, "").statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get(caseUrl, clerk).body().contains("\"status\":\"SUBMITTED\""));

        assertThat(api.post(caseUrl + "/accept", clerk, "{}").statusCode()).isEqualTo(200);
        var opinion = "{\"opinion\": \"同意\", \"favourable\": true}";
        assertThat(api.post(caseUrl + "/opinions", api.tokenOf("reviewer-rtv"), opinion)
                        .statusCode())
                .isEqualTo(200);
        assertThat(api.post(caseUrl + "/opinions", api.tokenOf("reviewer-pub"), opinion)
                        .statusCode())
                .isEqualTo(200);
        assertThat(api.post(caseUrl + "/opinions", api.tokenOf("applicant"), opinion)
                        .statusCode())
                .isEqualTo(403);
        assertThat(api.post(caseUrl + "/opinions", api.tokenOf("reviewer-prt"), opinion)
                        .statusCode())
                .as("printing does not review this item")
                .isEqualTo(403);
        var decision = api.post(
                caseUrl + "/decision", api.tokenOf("approver"), "{\"decision\": \"APPROVE\", \"reason\": \"符合条件\"}");
        assertThat(decision.statusCode()).as(decision.body()).isEqualTo(200);

        awaitStatus(base, applicant, "COMPLETED");
        var timeline = Api.JSON
                .readTree(api.get(base, applicant).body())
                .get("timeline")
                .findValuesAsString("action");
        assertThat(timeline)
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
        var certificateNo = Api.JSON
                .readTree(api.get(base, applicant).body())
                .get("timeline")
                .findValuesAsString("certificateNo")
                .get(0);
        var verified = Api.JSON.readTree(api.get("/api/review/certificates/" + certificateNo + "/verify", null)
                .body());
        assertThat(verified.get("valid").asBoolean()).isTrue();
        var stored = Api.JSON.readTree(
                api.get("/api/review/certificates/" + certificateNo, null).body());
        var forged = "{\"content\": " + stored.get("content").toString().replace("示例影视文化有限公司", "冒名顶替有限公司")
                + ", \"signature\": \"" + stored.get("signature").asString() + "\"}";
        var forgedCheck = Api.JSON.readTree(
                api.post("/api/review/certificates/verify", null, forged).body());
        assertThat(forgedCheck.get("valid").asBoolean()).isFalse();

        var audit = Api.JSON.readTree(
                api.get(caseUrl + "/audit", api.tokenOf("supervisor")).body());
        assertThat(audit.get("verified").asBoolean()).isTrue();
    }

    private static void awaitStatus(String base, String token, String status) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get(base, token).body().contains("\"status\":\"" + status + "\""));
    }
}
