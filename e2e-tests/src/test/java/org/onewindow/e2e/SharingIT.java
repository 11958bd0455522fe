package org.onewindow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, through the gateway with Keycloak's tokens: a unit's licence is approved, and another
 * department's system (the demo client, by the client-credentials grant) finds it as the sharing
 * directory allows: a conditionally shared resource for a granted client with a granted purpose, and
 * a 403 without the purpose, for a purpose or a resource it is not granted; the supervisor's log shows each call.
 */
class SharingIT {

    static final String UNIT = "91530100MA6KE2E00A";
    static final String PUBLICATIONS = "11530000MB00000012/00001";
    static final String PRINTING = "11530000MB00000012/00002";
    // a purpose code the demo client is granted (sharing_purposes), then a description
    static final String PURPOSE = URLEncoder.encode("licence-check 出版物经营资质核验", StandardCharsets.UTF_8);

    @Test
    void anotherDepartmentFindsAnApprovedLicenceAsTheDirectoryAllowsAndEveryCallIsLogged() {
        var api = new Api(E2eStack.get().ports());
        var caseNo = new Filing(api, api.tokenOf("applicant")).fileFor("""
                {"type": "LEGAL_PERSON", "name": "示例书店有限公司（共享测试）", "idNumber": "%s", "phone": "13700137000"}
                """.formatted(UNIT));
        var caseUrl = "/api/review/cases/" + caseNo;
        var clerk = api.tokenOf("clerk");
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
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

        var sharing = api.sharingToken();
        assertThat(Api.claimsOf(sharing).path("sharing_resources").asString()).contains(PUBLICATIONS);
        var licencesUrl = "/api/sharing/licences?creditCode=" + UNIT + "&resource=" + PUBLICATIONS;
        var found = api.get(licencesUrl, sharing, "X-Purpose", PURPOSE);
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        var licence = Api.JSON.readTree(found.body()).path("licences").get(0);
        assertThat(licence.path("type").asString()).isEqualTo("CBWJYXK");
        assertThat(licence.path("status").asString()).isEqualTo("VALID");
        var number = licence.path("number").asString();
        var face = api.get("/api/sharing/certificates/" + number, sharing, "X-Purpose", PURPOSE);
        assertThat(face.statusCode()).as(face.body()).isEqualTo(200);
        assertThat(face.body()).contains("示例书店有限公司（共享测试）", UNIT);

        // conditional sharing: no purpose, or a resource the client is not granted, is refused
        var noPurpose = api.get(licencesUrl, sharing);
        assertThat(noPurpose.statusCode()).as(noPurpose.body()).isEqualTo(403);
        assertThat(noPurpose.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        var notGranted = api.get(
                "/api/sharing/licences?creditCode=" + UNIT + "&resource=" + PRINTING, sharing, "X-Purpose", PURPOSE);
        assertThat(notGranted.statusCode()).as(notGranted.body()).isEqualTo(403);
        var refusedPurpose = api.get(licencesUrl, sharing, "X-Purpose", "tax-audit");
        assertThat(refusedPurpose.statusCode()).as(refusedPurpose.body()).isEqualTo(403);
        assertThat(api.get(licencesUrl, api.tokenOf("applicant"), "X-Purpose", PURPOSE)
                        .statusCode())
                .isEqualTo(403);

        var supervisor = api.tokenOf("supervisor");
        assertThat(api.get("/api/sharing/access-log", sharing).statusCode()).isEqualTo(403);
        var log = api.get("/api/sharing/access-log?client=sharing-demo&size=20", supervisor);
        assertThat(log.statusCode()).as(log.body()).isEqualTo(200);
        var entries = Api.JSON.readTree(log.body()).path("entries");
        assertThat(entries.findValuesAsString("outcome")).contains("ANSWERED", "REFUSED");
        assertThat(entries.findValuesAsString("subject")).contains(UNIT, number);
        assertThat(entries.findValuesAsString("purpose")).contains("licence-check 出版物经营资质核验", "tax-audit");
        assertThat(entries.findValuesAsString("resource")).contains(PUBLICATIONS, PRINTING);
    }
}
