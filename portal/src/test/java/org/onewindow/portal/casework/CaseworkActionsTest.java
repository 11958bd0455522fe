package org.onewindow.portal.casework;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.client.WireMock;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.onewindow.portal.FakeKeycloak.Person;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Each step on a case: the right JSON to the right API path with the staff's token, then back to
 * the case (303) with a confirmation; a refusal shown at once beside its field, nothing typed lost.
 */
class CaseworkActionsTest extends CaseworkTestSupport {

    @Test
    void acceptingPostsToAcceptAndComesBackWithAConfirmation() throws Exception {
        theCaseIs(CaseJson.at("SUBMITTED"));
        stubAction(REVIEW_API + "/accept");
        var session = signInAs(Person.CLERK);

        var done = mvc.perform(post(PAGE + "/accept").cookie(session).with(csrf()))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", PAGE))
                .andReturn();

        GATEWAY.verify(postRequestedFor(urlEqualTo(REVIEW_API + "/accept"))
                .withHeader("Authorization", equalTo("Bearer at-1"))
                .withRequestBody(equalToJson("{\"missingMaterials\":[]}")));
        theCaseIs(CaseJson.at("ACCEPTED"));
        var page = page(mvc.perform(get(PAGE).cookie(session).flashAttrs(done.getFlashMap()))
                .andReturn());
        assertThat(page.selectFirst(".case-done").text()).startsWith("已受理");
        assertThat(page.selectFirst("a.notice-acceptance").attr("href")).isEqualTo(PAGE + "/notices/acceptance");
    }

    @Test
    void notAcceptingSendsTheLegalReason() throws Exception {
        expectAction(
                Person.CLERK,
                "SUBMITTED",
                "/not-accept",
                "{\"legalReason\":\"不属于本机关职权范围\"}",
                post(PAGE + "/not-accept").param("legalReason", " 不属于本机关职权范围 "));
    }

    @Test
    void aSupplementSendsEveryTickedMaterialWithItsDescriptionInOneRequest() throws Exception {
        expectAction(
                Person.CLERK,
                "SUBMITTED",
                "/request-supplement",
                """
                {"items":[
                  {"materialId":"business-license","description":"复印件不清晰，请重新扫描"},
                  {"materialId":"identity-card","description":"请提供正反两面"}]}
                """,
                post(PAGE + "/supplement")
                        .param("materials", "business-license", "identity-card")
                        .param("description-business-license", "复印件不清晰，请重新扫描")
                        .param("description-identity-card", "请提供正反两面")
                        .param("description-application-form", "not ticked, not sent"));
    }

    @Test
    void acceptingWithGapsSendsTheMaterialsAndTheirDeadline() throws Exception {
        expectAction(
                Person.CLERK,
                "SUBMITTED",
                "/accept",
                "{\"missingMaterials\":[\"identity-card\"],\"gapDeadline\":\"2026-12-10\"}",
                post(PAGE + "/accept-with-gaps")
                        .param("gapMaterials", "identity-card")
                        .param("gapDeadline", "2026-12-10"));
    }

    @Test
    void acceptingWithGapsWithoutAMaterialOrADateAsksForBothAndCallsNoApi() throws Exception {
        theCaseIs(CaseJson.at("SUBMITTED"));

        var page = page(mvc.perform(post(PAGE + "/accept-with-gaps")
                        .param("gapDeadline", "10.12.2026")
                        .cookie(signInAs(Person.CLERK))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andReturn());

        assertThat(page.select(".error-summary a").eachAttr("href")).containsExactly("#gap-materials", "#gapDeadline");
        assertThat(page.selectFirst("#gapDeadline-error").text()).startsWith("请填写后补截止日期");
        assertThat(page.selectFirst("#gapDeadline").attr("value")).isEqualTo("10.12.2026");
        GATEWAY.verify(0, postRequestedFor(anyUrl()));
    }

    @Test
    void aReviewerRecordsHerDepartmentsOpinion() throws Exception {
        expectAction(
                Person.REVIEWER,
                "IN_REVIEW",
                "/opinions",
                "{\"opinion\":\"经营场所符合要求\",\"favourable\":true}",
                post(PAGE + "/opinion").param("favourable", "true").param("opinion", "经营场所符合要求"));
    }

    @Test
    void aSpecialProcedureStartsWithItsKindAndReasonAndEnds() throws Exception {
        expectAction(
                Person.REVIEWER,
                "IN_REVIEW",
                "/special-procedure",
                "{\"procedure\":\"EXPERT_REVIEW\",\"note\":\"需组织专家评审\"}",
                post(PAGE + "/special-procedure")
                        .param("procedure", "EXPERT_REVIEW")
                        .param("procedureNote", "需组织专家评审"));
        expectAction(
                Person.REVIEWER, "IN_REVIEW", "/special-procedure/end", "{}", post(PAGE + "/special-procedure/end"));
    }

    @Test
    void theApproverDecidesAndExtends() throws Exception {
        expectAction(
                Person.APPROVER,
                "IN_REVIEW",
                "/decision",
                "{\"decision\":\"APPROVE\",\"reason\":\"符合设立条件\"}",
                post(PAGE + "/decision").param("decision", "APPROVE").param("decisionReason", "符合设立条件"));
        expectAction(
                Person.APPROVER,
                "IN_REVIEW",
                "/extension",
                "{\"workingDays\":5,\"reason\":\"需实地核查\"}",
                post(PAGE + "/extension").param("extensionDays", "5").param("extensionReason", "需实地核查"));
    }

    @Test
    void anExtensionBeyondTenDaysIsRefusedBesideTheFieldWithoutAsking() throws Exception {
        theCaseIs(CaseJson.at("IN_REVIEW"));

        var page = page(mvc.perform(post(PAGE + "/extension")
                        .param("extensionDays", "15")
                        .param("extensionReason", "需实地核查")
                        .cookie(signInAs(Person.APPROVER))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andReturn());

        assertThat(page.selectFirst("#extensionDays-error").text()).isEqualTo("请填写1至10之间的工作日数。");
        assertThat(page.selectFirst("#extensionReason").text()).isEqualTo("需实地核查");
        GATEWAY.verify(0, postRequestedFor(anyUrl()));
    }

    @Test
    void revokingPostsTheCasesOwnCertificateNumber() throws Exception {
        theCaseIs(CaseJson.at("COMPLETED").certificate(false));
        var revoke = "/api/review/certificates/" + CaseJson.CERTIFICATE + "/revoke";
        GATEWAY.stubFor(WireMock.post(urlEqualTo(revoke)).willReturn(aResponse().withStatus(204)));

        mvc.perform(post(PAGE + "/revoke")
                        .param("revokeReason", "以欺骗手段取得许可")
                        .cookie(signInAs(Person.APPROVER))
                        .with(csrf()))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", PAGE));

        GATEWAY.verify(postRequestedFor(urlEqualTo(revoke)).withRequestBody(equalToJson("{\"reason\":\"以欺骗手段取得许可\"}")));
    }

    @Test
    void theApisFieldProblemsStandBesideTheirFieldsAndInTheSummaryWithWhatWasTyped() throws Exception {
        theCaseIs(CaseJson.at("SUBMITTED"));
        GATEWAY.stubFor(
                WireMock.post(urlEqualTo(REVIEW_API + "/request-supplement"))
                        .willReturn(
                                validation(
                                        "{\"field\":\"items[1].description\",\"code\":\"required\",\"message\":\"must not be blank\"}")));

        var page = page(mvc.perform(post(PAGE + "/supplement")
                        .param("materials", "application-form", "identity-card")
                        .param("description-application-form", "缺少公章")
                        .param("description-identity-card", "")
                        .cookie(signInAs(Person.CLERK))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andReturn());

        assertThat(page.select(".error-summary a").eachAttr("href")).containsExactly("#description-identity-card");
        assertThat(page.selectFirst("#description-identity-card-error").text()).startsWith("请写明这项材料需要补正的内容");
        assertThat(page.selectFirst("#description-identity-card").attr("aria-invalid"))
                .isEqualTo("true");
        assertThat(page.selectFirst("#description-application-form").text()).isEqualTo("缺少公章");
        assertThat(page.select(".action-supplement input[name=materials][checked]")
                        .eachAttr("value"))
                .containsExactly("application-form", "identity-card");
    }

    @Test
    void aRefusedReasonIsShownBesideItsBoxAndKept() throws Exception {
        theCaseIs(CaseJson.at("SUBMITTED"));
        GATEWAY.stubFor(
                WireMock.post(urlEqualTo(REVIEW_API + "/not-accept"))
                        .willReturn(
                                validation(
                                        "{\"field\":\"legalReason\",\"code\":\"size\",\"message\":\"size must be between 0 and 2000\"}")));

        var page = page(mvc.perform(post(PAGE + "/not-accept")
                        .param("legalReason", "理由")
                        .cookie(signInAs(Person.CLERK))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andReturn());

        assertThat(page.selectFirst(".error-summary a").attr("href")).isEqualTo("#legalReason");
        assertThat(page.selectFirst("#legalReason-error").text()).isEqualTo("请写明不予受理的理由和法律依据，不超过2000字。");
        assertThat(page.selectFirst("#legalReason").text()).isEqualTo("理由");
        assertThat(page.text()).doesNotContain("size must be");
    }

    @Test
    void aCaseThatChangedMeanwhileSaysSoPlainly() throws Exception {
        theCaseIs(CaseJson.at("SUBMITTED"));
        GATEWAY.stubFor(WireMock.post(urlEqualTo(REVIEW_API + "/accept"))
                .willReturn(aResponse()
                        .withStatus(409)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"urn:onewindow:problem:conflict\",\"status\":409}")));

        var page = page(mvc.perform(
                        post(PAGE + "/accept").cookie(signInAs(Person.CLERK)).with(csrf()))
                .andExpect(status().isConflict())
                .andReturn());

        assertThat(page.selectFirst(".error-summary").text()).contains("办件的状态已经变化");
        assertThat(page.selectFirst("#accept-error")).isNotNull();
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefusedAndNothingIsSent() throws Exception {
        theCaseIs(CaseJson.at("SUBMITTED"));

        mvc.perform(post(PAGE + "/accept").cookie(signInAs(Person.CLERK))).andExpect(status().isForbidden());

        GATEWAY.verify(0, postRequestedFor(anyUrl()));
    }

    private void expectAction(
            Person person, String status, String apiAction, String json, MockHttpServletRequestBuilder form)
            throws Exception {
        GATEWAY.resetAll();
        theCaseIs(CaseJson.at(status));
        stubAction(REVIEW_API + apiAction);
        Cookie session = signInAs(person);

        mvc.perform(form.cookie(session).with(csrf()))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", PAGE));

        GATEWAY.verify(postRequestedFor(urlEqualTo(REVIEW_API + apiAction))
                .withHeader("Authorization", equalTo("Bearer at-1"))
                .withRequestBody(equalToJson(json)));
    }

    private static void stubAction(String path) {
        GATEWAY.stubFor(
                WireMock.post(urlEqualTo(path)).willReturn(okJson("{\"caseNo\":\"" + CaseJson.CASE_NO + "\"}")));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder validation(String error) {
        return aResponse()
                .withStatus(400)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"urn:onewindow:problem:validation\",\"status\":400,\"errors\":[" + error + "]}");
    }
}
