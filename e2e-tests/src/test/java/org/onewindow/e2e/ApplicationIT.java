package org.onewindow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.onewindow.localstack.LocalStack;

/**
 * Intake in each of the three channels through the gateway with real tokens: draft, upload,
 * pre-review listing every problem at once, fix, submit twice with one key → one case.
 */
class ApplicationIT {

    static final String ITEM = "11530000MB00000012XK00012000001";
    static LocalStack stack;
    static Api api;

    @BeforeAll
    static void start() {
        stack = E2eStack.get();
        api = new Api(stack.ports());
    }

    static String tokenFor(String channel) {
        return switch (channel) {
            case "ONLINE" -> api.tokenOf("applicant");
            case "WINDOW" -> api.tokenOf("clerk");
            default -> api.provincialPlatformToken();
        };
    }

    static byte[] pdf(String text) {
        return ("%PDF-1.4\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ONLINE", "WINDOW", "PROVINCIAL"})
    void draftPreReviewFixSubmitOnce(String channel) {
        var token = tokenFor(channel);
        var created = api.post("/api/applications", token, """
                {"itemCode": "%s", "applicant": {"type": "NATURAL_PERSON", "name": "张三",
                 "idNumber": "530102199003071238", "phone": "13800000000"}}
                """.formatted(ITEM));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var id = Api.JSON.readTree(created.body()).get("id").asString();
        assertThat(Api.JSON.readTree(created.body()).get("channel").asString()).isEqualTo(channel);
        var base = "/api/applications/" + id;

        assertThat(api.put(base + "/form", token, "{\"unitName\": \"新华书店\", \"premisesOwnership\": \"LEASED\"}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(api.upload(
                                base + "/materials/application-form",
                                token,
                                "application.pdf",
                                "application/pdf",
                                pdf("a"))
                        .statusCode())
                .isEqualTo(200);
        var review = Api.JSON.readTree(api.post(base + "/pre-review", token, "").body());
        assertThat(review.get("passed").asBoolean()).isFalse();
        assertThat(review.get("problems").findValuesAsString("code"))
                .contains("MATERIAL_MISSING", "CONDITIONAL_MATERIAL_MISSING", "FORM_FIELD_REQUIRED");

        api.put(base + "/form", token, """
                {"unitName": "新华书店示例分店", "creditCode": "91350100M000100Y43", "address": "示例市示例路 1 号",
                 "premisesOwnership": "OWNED", "areaSquareMeters": 120, "contactPhone": "13800000000"}
                """);
        api.upload(base + "/materials/business-license", token, "license.pdf", "application/pdf", pdf("b"));
        api.upload(base + "/materials/premises-proof", token, "premises.pdf", "application/pdf", pdf("c"));
        assertThat(Api.JSON
                        .readTree(api.post(base + "/pre-review", token, "").body())
                        .get("passed")
                        .asBoolean())
                .isTrue();

        var key = UUID.randomUUID().toString();
        var first = api.post(base + "/submit", token, "", key);
        var retry = api.post(base + "/submit", token, "", key);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(retry.statusCode()).isEqualTo(200);
        var caseNo = Api.JSON.readTree(first.body()).get("caseNo").asString();
        assertThat(Api.JSON.readTree(retry.body()).get("caseNo").asString()).isEqualTo(caseNo);
        assertThat(api.post(base + "/submit", token, "").statusCode()).isEqualTo(409);

        assertThat(api.get(base, api.tokenOf("applicant2")).statusCode()).isEqualTo(404);
        assertThat(api.get("/api/applications/by-case/" + caseNo, api.tokenOf("applicant2"))
                        .statusCode())
                .isEqualTo(404);

        var submitted = Topics.readUntil(
                        stack.ports(),
                        "application.v1",
                        Duration.ofSeconds(30),
                        seen -> seen.stream().anyMatch(r -> caseNo.equals(r.key())))
                .stream()
                .filter(r -> caseNo.equals(r.key()))
                .toList();
        assertThat(submitted).hasSize(1);
        assertThat(Api.JSON
                        .readTree(submitted.get(0).value())
                        .get("payload")
                        .get("channel")
                        .asString())
                .isEqualTo(channel);
    }
}
