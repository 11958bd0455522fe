package org.onewindow.portal.mycases;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.client.WireMock;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.portal.PortalTestSupport;
import org.springframework.mock.web.MockMultipartFile;

class CaseActionsTest extends PortalTestSupport {

    static final String CASE = "/my/cases/" + ApplicationJson.ID;
    static final String API = "/api/applications/" + ApplicationJson.ID;
    static final byte[] PDF = "%PDF-1.7\n%...\n".getBytes(StandardCharsets.US_ASCII);

    Cookie session;

    @BeforeEach
    void signedIn() throws Exception {
        session = signIn();
        // the version the case was made under
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/catalog/items/" + ApplicationJson.ITEM + "/versions/1"))
                .willReturn(json("item-retail.json")));
    }

    @Test
    void aSupplementUploadsEachRequestedFileThenResubmits() throws Exception {
        application(ApplicationJson.at("SUPPLEMENT_REQUESTED"));
        GATEWAY.stubFor(WireMock.post(urlEqualTo(API + "/materials/business-license"))
                .willReturn(okJson("{\"materialId\":\"business-license\",\"fileName\":\"营业执照.pdf\"}")));
        GATEWAY.stubFor(WireMock.post(urlEqualTo(API + "/supplement"))
                .willReturn(okJson("{\"status\":\"SUBMITTED\",\"caseNo\":\"" + ApplicationJson.CASE_NO + "\"}")));

        mvc.perform(multipart(CASE + "/supplement")
                        .file(new MockMultipartFile("file-business-license", "营业执照.pdf", "application/pdf", PDF))
                        .cookie(session)
                        .with(csrf()))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", CASE));

        GATEWAY.verify(postRequestedFor(urlEqualTo(API + "/materials/business-license"))
                .withHeader("Authorization", equalTo("Bearer at-1"))
                .withRequestBodyPart(aMultipart("file")
                        .withHeader("Content-Type", equalTo("application/pdf"))
                        .withBody(equalTo(new String(PDF, StandardCharsets.US_ASCII)))
                        .build()));
        GATEWAY.verify(
                postRequestedFor(urlEqualTo(API + "/supplement")).withHeader("Authorization", equalTo("Bearer at-1")));
    }

    @Test
    void afterTheSupplementTheCasePageSaysItWasSent() throws Exception {
        application(ApplicationJson.at("SUPPLEMENT_REQUESTED"));
        GATEWAY.stubFor(WireMock.post(anyUrl()).willReturn(okJson("{}")));
        var sent = mvc.perform(multipart(CASE + "/supplement")
                        .file(new MockMultipartFile("file-business-license", "a.pdf", "application/pdf", PDF))
                        .cookie(session)
                        .with(csrf()))
                .andReturn();
        application(ApplicationJson.at("SUBMITTED"));

        var page = page(mvc.perform(get(CASE).cookie(session).flashAttrs(sent.getFlashMap()))
                .andReturn());

        assertThat(page.selectFirst(".case-done[role=status]").text()).isEqualTo("补正材料已提交，我们会尽快重新审核。");
    }

    @Test
    void aRequestedMaterialWithoutANewFileIsAskedForBeforeAnythingIsSent() throws Exception {
        application(ApplicationJson.at("SUPPLEMENT_REQUESTED"));

        var page =
                page(mvc.perform(multipart(CASE + "/supplement").cookie(session).with(csrf()))
                        .andExpect(status().isUnprocessableContent())
                        .andReturn());

        assertErrorBeside(page, "material-business-license", "请上传补正后的“营业执照”。");
        GATEWAY.verify(0, postRequestedFor(anyUrl()));
    }

    @Test
    void aFileOfAWrongTypeIsExplainedBesideItsMaterialAndNothingIsResubmitted() throws Exception {
        application(ApplicationJson.at("SUPPLEMENT_REQUESTED"));
        GATEWAY.stubFor(WireMock.post(urlEqualTo(API + "/materials/business-license"))
                .willReturn(aResponse()
                        .withStatus(415)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("""
                                {"type":"urn:onewindow:problem:file-type-not-accepted","status":415,
                                 "detail":"the file's content is application/zip; this material takes application/pdf",
                                 "errors":[{"field":"file","code":"file-type-not-accepted","message":"x"}]}""")));

        var page = page(mvc.perform(multipart(CASE + "/supplement")
                        .file(new MockMultipartFile("file-business-license", "a.zip", "application/zip", PDF))
                        .cookie(session)
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andReturn());

        assertErrorBeside(page, "material-business-license", "“营业执照”只接受PDF、JPG、PNG格式的文件。请转换格式后重新选择。");
        assertThat(page.text()).doesNotContain("application/zip", "file-type-not-accepted");
        GATEWAY.verify(0, postRequestedFor(urlEqualTo(API + "/supplement")));
    }

    @Test
    void preReviewProblemsAfterResubmittingAreShownBesideTheirMaterials() throws Exception {
        application(ApplicationJson.at("SUPPLEMENT_REQUESTED"));
        GATEWAY.stubFor(
                WireMock.post(urlEqualTo(API + "/materials/business-license")).willReturn(okJson("{}")));
        GATEWAY.stubFor(WireMock.post(urlEqualTo(API + "/supplement"))
                .willReturn(aResponse()
                        .withStatus(422)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("""
                                {"type":"urn:onewindow:problem:pre-review-failed","status":422,"detail":"2 problem(s)",
                                 "errors":[{"field":"materials.business-license","code":"MATERIAL_MISSING","message":"缺少材料"},
                                           {"field":"shopAddress","code":"FORM_FIELD_REQUIRED","message":"请填写必填项：shopAddress"}]}""")));

        var page = page(mvc.perform(multipart(CASE + "/supplement")
                        .file(new MockMultipartFile("file-business-license", "a.pdf", "application/pdf", PDF))
                        .cookie(session)
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andReturn());

        assertErrorBeside(page, "material-business-license", "请上传补正后的“营业执照”。");
        assertThat(page.select(".error-summary a[href=#supplement-form]").text())
                .contains("请填写必填项：shopAddress");
    }

    @Test
    void aSupplementThatIsNoLongerAskedForSaysSoAndShowsTheCaseAsItStands() throws Exception {
        application(ApplicationJson.at("IN_REVIEW"));

        var page =
                page(mvc.perform(multipart(CASE + "/supplement").cookie(session).with(csrf()))
                        .andExpect(status().isConflict())
                        .andReturn());

        assertThat(page.selectFirst(".case-notice").text()).startsWith("这份办件现在不需要补正");
        assertThat(page.selectFirst("#what-now h2").text()).isEqualTo("您现在不需要做什么");
        GATEWAY.verify(0, postRequestedFor(anyUrl()));
    }

    @Test
    void aGapMaterialIsHandedInAlone() throws Exception {
        application(ApplicationJson.at("ACCEPTED").withGaps("2026-12-20", "identity-card"));
        GATEWAY.stubFor(
                WireMock.post(urlEqualTo(API + "/materials/identity-card")).willReturn(okJson("{}")));

        mvc.perform(multipart(CASE + "/gap-materials")
                        .file(new MockMultipartFile("file-identity-card", "id.jpg", "image/jpeg", new byte[] {
                            (byte) 0xFF, (byte) 0xD8, (byte) 0xFF
                        }))
                        .cookie(session)
                        .with(csrf()))
                .andExpect(status().isSeeOther());

        GATEWAY.verify(postRequestedFor(urlEqualTo(API + "/materials/identity-card")));
        GATEWAY.verify(0, postRequestedFor(urlEqualTo(API + "/supplement")));
    }

    @Test
    void withdrawingAsksToConfirmFirst() throws Exception {
        application(ApplicationJson.at("ACCEPTED"));

        var page = page(mvc.perform(get(CASE + "/withdraw").cookie(session))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(page.selectFirst("h1").text()).isEqualTo("撤回申请");
        assertThat(page.text()).contains("撤回后，这份申请将不再办理");
        var form = page.selectFirst("form.withdraw-form");
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.attr("action")).isEqualTo(CASE + "/withdraw");
        assertThat(form.selectFirst("label[for=reason]").text()).isEqualTo("撤回原因（选填）");
        assertThat(form.selectFirst("button[type=submit]").text()).isEqualTo("确认撤回");
        assertThat(form.selectFirst("a").attr("href")).isEqualTo(CASE);
        GATEWAY.verify(0, postRequestedFor(anyUrl()));
    }

    @Test
    void confirmingWithdrawsWithTheReason() throws Exception {
        GATEWAY.stubFor(WireMock.post(urlEqualTo(API + "/withdraw"))
                .willReturn(aResponse().withStatus(204)));

        mvc.perform(post(CASE + "/withdraw")
                        .param("reason", "材料准备不全，下月再申请")
                        .cookie(session)
                        .with(csrf()))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", CASE));

        GATEWAY.verify(postRequestedFor(urlEqualTo(API + "/withdraw"))
                .withHeader("Authorization", equalTo("Bearer at-1"))
                .withRequestBody(equalToJson("{\"reason\":\"材料准备不全，下月再申请\"}")));
    }

    @Test
    void aWithdrawalAfterTheDecisionSaysItCannotBeAndShowsTheCase() throws Exception {
        GATEWAY.stubFor(
                WireMock.post(urlEqualTo(API + "/withdraw"))
                        .willReturn(
                                aResponse()
                                        .withStatus(409)
                                        .withHeader("Content-Type", "application/problem+json")
                                        .withBody(
                                                "{\"type\":\"urn:onewindow:problem:conflict\",\"status\":409,"
                                                        + "\"detail\":\"an application is withdrawn only before a decision (the application is APPROVED)\"}")));
        application(ApplicationJson.at("APPROVED"));

        var page = page(mvc.perform(post(CASE + "/withdraw").cookie(session).with(csrf()))
                .andExpect(status().isConflict())
                .andReturn());

        assertThat(page.selectFirst(".case-notice").text()).startsWith("这份申请已经作出决定或已撤回，不能再撤回。");
        assertThat(page.selectFirst("#what-now h2").text()).isEqualTo("已准予许可");
        assertThat(page.text()).doesNotContain("APPROVED", "a decision");
    }

    @Test
    void theWithdrawPageOfADecidedCaseIsNotOffered() throws Exception {
        application(ApplicationJson.at("COMPLETED"));

        mvc.perform(get(CASE + "/withdraw").cookie(session)).andExpect(status().isConflict());
    }

    @Test
    void aTooLongReasonIsExplainedBesideTheField() throws Exception {
        application(ApplicationJson.at("ACCEPTED"));

        var page = page(mvc.perform(post(CASE + "/withdraw")
                        .param("reason", "长".repeat(501))
                        .cookie(session)
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andReturn());

        assertErrorBeside(page, "reason", "撤回原因请不要超过500字。");
        GATEWAY.verify(0, postRequestedFor(anyUrl()));
    }

    @Test
    void ratingSendsTheLevelAndComment() throws Exception {
        GATEWAY.stubFor(WireMock.post(urlEqualTo(API + "/evaluation"))
                .willReturn(aResponse().withStatus(204)));

        mvc.perform(post(CASE + "/evaluation")
                        .param("level", "5")
                        .param("comment", "窗口服务热情")
                        .cookie(session)
                        .with(csrf()))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", CASE));

        GATEWAY.verify(postRequestedFor(urlEqualTo(API + "/evaluation"))
                .withRequestBody(equalToJson("{\"level\":5,\"comment\":\"窗口服务热情\"}")));
    }

    @Test
    void aRatingWithoutALevelIsAskedForWithAnErrorSummaryLinkingToTheChoice() throws Exception {
        application(ApplicationJson.at("COMPLETED"));

        var page = page(mvc.perform(post(CASE + "/evaluation")
                        .param("comment", "好")
                        .cookie(session)
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andReturn());

        var summary = page.selectFirst(".error-summary[role=alert]");
        assertThat(summary.selectFirst("a[href=#level]").text()).isEqualTo("请选择您对本次服务的满意程度。");
        assertThat(page.selectFirst("#level").attr("type")).isEqualTo("radio");
        assertThat(page.selectFirst("fieldset").attr("aria-describedby")).isEqualTo("level-error");
        assertThat(page.selectFirst("#level-error").text()).isEqualTo("请选择您对本次服务的满意程度。");
        assertThat(page.selectFirst("textarea#comment").text()).isEqualTo("好");
        GATEWAY.verify(0, postRequestedFor(anyUrl()));
    }

    @Test
    void theApisValidationProblemsAreShownInPlainChineseBesideTheField() throws Exception {
        application(ApplicationJson.at("COMPLETED"));
        GATEWAY.stubFor(WireMock.post(urlEqualTo(API + "/evaluation"))
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("""
                                {"type":"urn:onewindow:problem:validation","status":400,"detail":"1 problem(s) with the request",
                                 "errors":[{"field":"comment","code":"size","message":"size must be between 0 and 500"}]}""")));

        var page = page(mvc.perform(post(CASE + "/evaluation")
                        .param("level", "4")
                        .param("comment", "好")
                        .cookie(session)
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andReturn());

        assertErrorBeside(page, "comment", "意见和建议请不要超过500字。");
        assertThat(page.text()).doesNotContain("size must be");
    }

    @Test
    void aSecondRatingSaysItCannotBe() throws Exception {
        GATEWAY.stubFor(WireMock.post(urlEqualTo(API + "/evaluation"))
                .willReturn(aResponse()
                        .withStatus(409)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"urn:onewindow:problem:conflict\",\"status\":409}")));
        application(ApplicationJson.at("COMPLETED").set("mayBeRated", false).set("evaluationLevel", 5));

        var page = page(mvc.perform(post(CASE + "/evaluation")
                        .param("level", "5")
                        .cookie(session)
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andReturn());

        assertThat(page.selectFirst(".case-notice").text()).startsWith("这份办件现在不能评价");
        assertThat(page.select("form#rating-form")).isEmpty();
    }

    @Test
    void everyActionNeedsItsCsrfToken() throws Exception {
        for (var action : new String[] {"/supplement", "/gap-materials", "/withdraw", "/evaluation"}) {
            mvc.perform(post(CASE + action).param("level", "5").cookie(session)).andExpect(status().isForbidden());
        }
        GATEWAY.verify(0, postRequestedFor(anyUrl()));
    }

    private void application(ApplicationJson application) {
        GATEWAY.stubFor(WireMock.get(urlEqualTo(API)).willReturn(okJson(application.json())));
    }

    /** The message in the error summary, linking to the field, and again beside it. */
    private static void assertErrorBeside(Document page, String field, String message) {
        var link = page.selectFirst(".error-summary[role=alert] a[href=#" + field + "]");
        assertThat(link).as("summary link to #%s", field).isNotNull();
        assertThat(link.text()).isEqualTo(message);
        assertThat(page.selectFirst("#" + field + "-error").text()).isEqualTo(message);
        assertThat(page.selectFirst("#" + field).attr("aria-describedby")).contains(field + "-error");
        assertThat(page.selectFirst("#" + field).attr("aria-invalid")).isEqualTo("true");
    }
}
