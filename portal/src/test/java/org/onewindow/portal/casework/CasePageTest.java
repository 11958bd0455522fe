package org.onewindow.portal.casework;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.client.WireMock;
import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.onewindow.portal.FakeKeycloak.Person;
import org.springframework.http.ContentDisposition;

/** The case page by role: what it shows, and only the forms her role may use at the case's step. */
class CasePageTest extends CaseworkTestSupport {

    static final String[] ALL_FORMS = {
        ".action-accept", ".action-supplement", ".action-gaps", ".action-not-accept", ".action-opinion",
        ".action-decision", ".action-extension", ".action-special", ".action-end-special", ".action-revoke"
    };

    @Test
    void aClerkSeesTheCaseAndTheAcceptanceDecisionsOnly() throws Exception {
        theCaseIs(CaseJson.at("SUBMITTED")
                .file("business-license", "营业执照.pdf", "application/pdf")
                .file("identity-card", "身份证.jpg", "image/jpeg"));

        var page = show(Person.CLERK);

        assertThat(page.selectFirst("h1").text()).isEqualTo("出版物零售单位设立审批");
        assertThat(page.selectFirst(".case-no").text()).isEqualTo(CaseJson.CASE_NO);
        assertThat(page.selectFirst(".case-applicant").text()).isEqualTo("张*");
        assertThat(page.selectFirst(".case-channel").text()).isEqualTo("窗口收件");
        assertThat(page.selectFirst(".case-status").text()).isEqualTo("已提交，待受理");
        assertThat(page.selectFirst(".case-clock").text()).startsWith("尚未开始");
        assertThat(page.select(".form-data dt").eachText()).containsExactly("门店名称", "是否连锁经营", "经营范围");
        assertThat(page.select(".form-data dd").eachText()).containsExactly("春城书店", "是", "图书");
        assertThat(formsOn(page))
                .containsExactly(".action-accept", ".action-supplement", ".action-gaps", ".action-not-accept");
        assertThat(page.select(".action-gaps input[name=gapMaterials]").eachAttr("value"))
                .as("only the materials the item lets follow")
                .containsExactly("identity-card");
        assertThat(page.select(".action-supplement input[name=materials]").eachAttr("value"))
                .containsExactly("application-form", "business-license", "identity-card");
        assertThat(page.select("form.action-form input[name=_csrf]")).hasSize(4);
    }

    @Test
    void materialsArePreviewedInPlaceThroughThePortal() throws Exception {
        theCaseIs(CaseJson.at("SUBMITTED")
                .file("business-license", "营业执照.pdf", "application/pdf")
                .file("identity-card", "身份证.jpg", "image/jpeg"));

        var page = show(Person.CLERK);

        var pdf = page.selectFirst("#material-business-license iframe.material-frame");
        assertThat(pdf.attr("src")).isEqualTo(PAGE + "/materials/business-license");
        assertThat(pdf.attr("title")).isEqualTo("营业执照的预览");
        var image = page.selectFirst("#material-identity-card img.material-image");
        assertThat(image.attr("src")).isEqualTo(PAGE + "/materials/identity-card");
        assertThat(image.attr("alt")).isEqualTo("法定代表人身份证的预览");
        assertThat(page.selectFirst("#material-application-form .material-missing")
                        .text())
                .isEqualTo("未提交");
    }

    @Test
    void aReviewerOfAListedDepartmentSeesTheOpinionFormAndTheOtherDepartmentsOpinions() throws Exception {
        theCaseIs(CaseJson.at("IN_REVIEW").opinion("radio-tv", false, "节目内容需要进一步核实"));

        var page = show(Person.REVIEWER);

        assertThat(formsOn(page)).containsExactly(".action-opinion", ".action-special");
        assertThat(page.selectFirst(".action-opinion h3").text()).isEqualTo("出版管理处审查意见");
        var opinions = page.select(".department-opinion");
        assertThat(opinions.eachAttr("data-department")).containsExactly("publishing", "radio-tv");
        assertThat(opinions.get(0).selectFirst(".opinion-awaited").text()).isEqualTo("尚未出具意见");
        assertThat(opinions.get(1).selectFirst(".opinion-verdict").text()).isEqualTo("不同意");
        assertThat(opinions.get(1).selectFirst(".opinion-text").text()).isEqualTo("节目内容需要进一步核实");
    }

    @Test
    void aReviewerWhoseDepartmentHasSpokenHasNoOpinionFormLeft() throws Exception {
        theCaseIs(CaseJson.at("IN_REVIEW").opinion("publishing", true, "同意"));

        assertThat(formsOn(show(Person.REVIEWER))).containsExactly(".action-special");
    }

    @Test
    void aRunningSpecialProcedureCanBeEndedAndBlocksTheDecision() throws Exception {
        theCaseIs(CaseJson.at("IN_REVIEW")
                .set("specialProcedure", "HEARING")
                .set("clock", "STOPPED")
                .opinion("publishing", true, "同意")
                .opinion("radio-tv", true, "同意"));

        var page = show(Person.APPROVER);

        assertThat(formsOn(page)).containsExactly(".action-extension", ".action-end-special");
        assertThat(page.selectFirst(".case-clock").text()).contains("特别程序进行中：听证");
    }

    @Test
    void theApproverDecidesOnceEveryDepartmentHasSpokenAndMayExtendOnce() throws Exception {
        theCaseIs(CaseJson.at("IN_REVIEW")
                .set("warning", "YELLOW")
                .opinion("publishing", true, "同意")
                .opinion("radio-tv", true, "同意"));

        var page = show(Person.APPROVER);

        assertThat(formsOn(page)).containsExactly(".action-decision", ".action-extension", ".action-special");
        assertThat(page.select(".action-decision input[name=decision]").eachAttr("value"))
                .containsExactly("APPROVE", "DENY");
        assertThat(page.selectFirst("#extensionDays").attr("max")).isEqualTo("10");
        assertThat(page.selectFirst(".case-deadline .warning-badge").text()).isEqualTo("黄牌预警");
    }

    @Test
    void anExtendedCaseIsNotExtendedAgainAndAnApprovedOnesCertificateCanBeRevoked() throws Exception {
        theCaseIs(CaseJson.at("IN_REVIEW").set("extensionDays", 5).opinion("publishing", true, "同意"));
        assertThat(formsOn(show(Person.APPROVER))).containsExactly(".action-special");

        theCaseIs(CaseJson.at("COMPLETED")
                .set("clock", "ENDED")
                .set("decision", "APPROVED")
                .set("decisionReason", "符合条件")
                .certificate(false));
        var page = show(Person.APPROVER);
        assertThat(formsOn(page)).containsExactly(".action-revoke");
        assertThat(page.selectFirst(".case-certificate").text()).isEqualTo(CaseJson.CERTIFICATE);
        assertThat(page.selectFirst(".case-decision").text()).isEqualTo("准予许可 符合条件");
    }

    @Test
    void aClerkSeesNoActionOnACaseInReviewButTheSupplement() throws Exception {
        theCaseIs(CaseJson.at("IN_REVIEW"));

        assertThat(formsOn(show(Person.CLERK))).containsExactly(".action-supplement");
    }

    @Test
    void aCaseTheApiDoesNotShowHerIsTheCalmNotFoundPage() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlEqualTo(REVIEW_API))
                .willReturn(aResponse()
                        .withStatus(404)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"urn:onewindow:problem:not-found\",\"status\":404}")));

        var page = page(mvc.perform(get(PAGE).cookie(signInAs(Person.REVIEWER)))
                .andExpect(status().isNotFound())
                .andReturn());

        assertThat(page.select("form.action-form")).isEmpty();
        assertThat(page.text()).doesNotContain(CaseJson.CASE_NO);
    }

    @Test
    void aRoleTheApiRefusesCaseFilesGetsTheCalmForbiddenPage() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlEqualTo(REVIEW_API))
                .willReturn(aResponse()
                        .withStatus(403)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"urn:onewindow:problem:forbidden\",\"status\":403}")));

        // Spring Security forwards to the calm page (MockMvc shows the forward, not the page)
        mvc.perform(get(PAGE).cookie(signInAs(Person.CATALOG_ADMIN)))
                .andExpect(status().isForbidden())
                .andExpect(forwardedUrl("/forbidden"));
    }

    @Test
    void aMaterialIsStreamedInlineWithThePolicyThatLetsTheCasePageFrameIt() throws Exception {
        theCaseIs(CaseJson.at("SUBMITTED").file("business-license", "营业执照.pdf", "application/pdf"));
        var pdf = "%PDF-1.7\n%casework\n".getBytes(StandardCharsets.US_ASCII);
        GATEWAY.stubFor(
                WireMock.get(urlEqualTo("/api/applications/" + CaseJson.APPLICATION_ID + "/materials/business-license"))
                        .willReturn(aResponse()
                                .withHeader("Content-Type", "application/pdf")
                                .withHeader("Content-Disposition", "attachment; filename=\"x.pdf\"")
                                .withBody(pdf)));

        var answer = mvc.perform(get(PAGE + "/materials/business-license").cookie(signInAs(Person.CLERK)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();

        assertThat(answer.getContentAsByteArray()).isEqualTo(pdf);
        assertThat(answer.getContentType()).isEqualTo("application/pdf");
        assertThat(answer.getHeader("Content-Disposition"))
                .startsWith("inline;")
                .contains("UTF-8''");
        assertThat(answer.getHeader("X-Frame-Options")).isEqualTo("SAMEORIGIN");
        assertThat(answer.getHeader("Content-Security-Policy"))
                .isEqualTo(MaterialController.PREVIEW_POLICY)
                .contains("frame-ancestors 'self'", "default-src 'none'");
        GATEWAY.verify(getRequestedFor(
                        urlEqualTo("/api/applications/" + CaseJson.APPLICATION_ID + "/materials/business-license"))
                .withHeader("Authorization", equalTo("Bearer at-1")));
    }

    @Test
    void aFileIsOfferedUnderItsOwnNameWithoutFoldersOrLineBreaks() throws Exception {
        theCaseIs(CaseJson.at("SUBMITTED")
                .file("business-license", "..\\..\\C:/tmp/执照\r\nSet-Cookie: a=b\".pdf", "application/pdf"));
        GATEWAY.stubFor(
                WireMock.get(urlEqualTo("/api/applications/" + CaseJson.APPLICATION_ID + "/materials/business-license"))
                        .willReturn(aResponse()
                                .withHeader("Content-Type", "application/pdf")
                                .withBody("%PDF-1.7\n")));

        var disposition = mvc.perform(get(PAGE + "/materials/business-license").cookie(signInAs(Person.CLERK)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getHeader("Content-Disposition");

        assertThat(disposition).doesNotContain("\r", "\n", "tmp", "..");
        assertThat(ContentDisposition.parse(disposition).getFilename()).isEqualTo("执照Set-Cookie: a=b.pdf");
        assertThat(CaseMaterial.downloadName("../..")).isEqualTo("材料");
        assertThat(CaseMaterial.downloadName(null)).isEqualTo("材料");
        assertThat(CaseMaterial.downloadName("营业执照.pdf")).isEqualTo("营业执照.pdf");
    }

    @Test
    void aMaterialNotHandedInIsNotFound() throws Exception {
        theCaseIs(CaseJson.at("SUBMITTED"));

        mvc.perform(get(PAGE + "/materials/business-license").cookie(signInAs(Person.CLERK)))
                .andExpect(status().isNotFound());
    }

    private Document show(Person person) throws Exception {
        return page(mvc.perform(get(PAGE).cookie(signInAs(person)))
                .andExpect(status().isOk())
                .andReturn());
    }

    /** The action forms on the page, in the page's order. */
    private static java.util.List<String> formsOn(Document page) {
        return page.select("form.action-form").stream()
                .map(form -> java.util.Arrays.stream(ALL_FORMS)
                        .filter(selector -> form.is(selector))
                        .findFirst()
                        .orElse(form.className()))
                .toList();
    }
}
