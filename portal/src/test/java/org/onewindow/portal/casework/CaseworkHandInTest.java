package org.onewindow.portal.casework;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.client.WireMock;
import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.onewindow.portal.FakeKeycloak.Person;
import org.springframework.mock.web.MockMultipartFile;

/**
 * 补正收件: the clerk of a counter case scans in what the applicant brought and hands the supplement
 * in: each file to its material's slot with her token, then the resubmission; what is missing or
 * refused beside its file input, in plain words.
 */
class CaseworkHandInTest extends CaseworkTestSupport {

    static final String APPLICATION_API = "/api/applications/" + CaseJson.APPLICATION_ID;
    static final String UPLOAD = APPLICATION_API + "/materials/business-license";
    static final byte[] PDF = "%PDF-1.7\n%...\n".getBytes(StandardCharsets.US_ASCII);

    static CaseJson waitingForTheSupplement() {
        return CaseJson.at("SUPPLEMENT_REQUESTED").supplementAsked("business-license", "复印件不清晰，请重新扫描");
    }

    @Test
    void theClerkSeesOneFileInputPerRequestedMaterialLabelledWithWhatWasAsked() throws Exception {
        theCaseIs(waitingForTheSupplement());

        var page = page(mvc.perform(get(PAGE).cookie(signInAs(Person.CLERK))).andReturn());

        var form = page.selectFirst("form.action-handin");
        assertThat(form).isNotNull();
        assertThat(form.attr("action")).isEqualTo(PAGE + "/handin");
        assertThat(form.attr("enctype")).isEqualTo("multipart/form-data");
        assertThat(form.select("input[type=file]").eachAttr("name")).containsExactly("file-business-license");
        var input = form.selectFirst("input[type=file]");
        assertThat(input.attr("accept")).isEqualTo("application/pdf,image/jpeg");
        assertThat(form.selectFirst("label[for=" + input.id() + "]").text()).isEqualTo("营业执照 补正要求：复印件不清晰，请重新扫描");
        assertThat(form.selectFirst("button[type=submit]").text()).isEqualTo("收取材料并重新提交");
        assertThat(page.select(".actions-none")).isEmpty();
    }

    @Test
    void noHandInFormBeforeASupplementIsAskedNorForAReviewer() throws Exception {
        theCaseIs(CaseJson.at("SUBMITTED"));
        assertThat(page(mvc.perform(get(PAGE).cookie(signInAs(Person.CLERK))).andReturn())
                        .select("form.action-handin"))
                .isEmpty();

        theCaseIs(waitingForTheSupplement());
        var reviewers =
                page(mvc.perform(get(PAGE).cookie(signInAs(Person.REVIEWER))).andReturn());
        assertThat(reviewers.select("form.action-handin")).isEmpty();
        assertThat(reviewers.select("input[type=file]")).isEmpty();
    }

    @Test
    void handingInUploadsEachFileWithTheClerksTokenThenResubmits() throws Exception {
        theCaseIs(waitingForTheSupplement());
        GATEWAY.stubFor(WireMock.post(urlEqualTo(UPLOAD))
                .willReturn(okJson("{\"materialId\":\"business-license\",\"fileName\":\"营业执照.pdf\"}")));
        GATEWAY.stubFor(WireMock.post(urlEqualTo(APPLICATION_API + "/supplement"))
                .willReturn(okJson("{\"status\":\"SUBMITTED\",\"caseNo\":\"" + CaseJson.CASE_NO + "\"}")));
        var session = signInAs(Person.CLERK);

        var done = mvc.perform(multipart(PAGE + "/handin")
                        .file(new MockMultipartFile("file-business-license", "营业执照.pdf", "application/pdf", PDF))
                        .cookie(session)
                        .with(csrf()))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", PAGE))
                .andReturn();

        GATEWAY.verify(postRequestedFor(urlEqualTo(UPLOAD))
                .withHeader("Authorization", equalTo("Bearer at-1"))
                .withRequestBodyPart(aMultipart("file")
                        .withHeader("Content-Type", equalTo("application/pdf"))
                        .withBody(equalTo(new String(PDF, StandardCharsets.US_ASCII)))
                        .build()));
        GATEWAY.verify(postRequestedFor(urlEqualTo(APPLICATION_API + "/supplement"))
                .withHeader("Authorization", equalTo("Bearer at-1")));
        theCaseIs(CaseJson.at("SUBMITTED"));
        var page = page(mvc.perform(get(PAGE).cookie(session).flashAttrs(done.getFlashMap()))
                .andReturn());
        assertThat(page.selectFirst(".case-done[role=status]").text()).isEqualTo("补正材料已收取，办件已重新提交受理。");
        assertThat(page.select("form.action-handin")).isEmpty();
    }

    @Test
    void withoutAFileNothingIsSentAndTheMaterialIsAskedFor() throws Exception {
        theCaseIs(waitingForTheSupplement());

        var page = page(mvc.perform(multipart(PAGE + "/handin")
                        .cookie(signInAs(Person.CLERK))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andReturn());

        assertErrorBeside(page, "handin-business-license", "请上传补正后的“营业执照”。");
        GATEWAY.verify(0, postRequestedFor(anyUrl()));
    }

    @Test
    void aFileOfAWrongTypeIsExplainedBesideItsInputAndNothingIsResubmitted() throws Exception {
        theCaseIs(waitingForTheSupplement());
        GATEWAY.stubFor(WireMock.post(urlEqualTo(UPLOAD))
                .willReturn(aResponse()
                        .withStatus(415)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"urn:onewindow:problem:file-type-not-accepted\",\"status\":415,"
                                + "\"errors\":[{\"field\":\"file\",\"code\":\"file-type-not-accepted\","
                                + "\"message\":\"application/zip is not accepted\"}]}")));

        var page = page(mvc.perform(multipart(PAGE + "/handin")
                        .file(new MockMultipartFile("file-business-license", "a.zip", "application/zip", PDF))
                        .cookie(signInAs(Person.CLERK))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andReturn());

        assertErrorBeside(page, "handin-business-license", "“营业执照”只接受PDF、JPG格式的文件。请转换格式后重新选择。");
        assertThat(page.text()).doesNotContain("application/zip", "file-type-not-accepted");
        GATEWAY.verify(0, postRequestedFor(urlEqualTo(APPLICATION_API + "/supplement")));
    }

    @Test
    void aClerkWhoDidNotFileTheCaseIsToldSoPlainly() throws Exception {
        theCaseIs(waitingForTheSupplement());
        // application-service: an application its caller does not own is not found
        GATEWAY.stubFor(WireMock.post(urlEqualTo(UPLOAD))
                .willReturn(aResponse()
                        .withStatus(404)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"urn:onewindow:problem:not-found\",\"status\":404}")));

        var page = page(mvc.perform(multipart(PAGE + "/handin")
                        .file(new MockMultipartFile("file-business-license", "a.pdf", "application/pdf", PDF))
                        .cookie(signInAs(Person.CLERK))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andReturn());

        assertThat(page.selectFirst(".error-summary a[href=#handin-form]").text())
                .startsWith("这份办件不是您在窗口收件的");
        assertThat(page.selectFirst("#handin-form-error").text()).startsWith("这份办件不是您在窗口收件的");
        GATEWAY.verify(0, postRequestedFor(urlEqualTo(APPLICATION_API + "/supplement")));
    }

    @Test
    void handingInOnACaseNoLongerWaitingSaysItChangedAndSendsNothing() throws Exception {
        theCaseIs(CaseJson.at("SUBMITTED"));

        var page = page(mvc.perform(multipart(PAGE + "/handin")
                        .file(new MockMultipartFile("file-business-license", "a.pdf", "application/pdf", PDF))
                        .cookie(signInAs(Person.CLERK))
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andReturn());

        assertThat(page.selectFirst(".error-summary").text()).contains("办件的状态已经变化");
        GATEWAY.verify(0, postRequestedFor(anyUrl()));
    }

    @Test
    void aReviewerCannotHandIn() throws Exception {
        theCaseIs(waitingForTheSupplement());

        mvc.perform(multipart(PAGE + "/handin")
                        .file(new MockMultipartFile("file-business-license", "a.pdf", "application/pdf", PDF))
                        .cookie(signInAs(Person.REVIEWER))
                        .with(csrf()))
                .andExpect(status().isConflict());

        GATEWAY.verify(0, postRequestedFor(anyUrl()));
    }

    /** The words in the summary, linking to the file input, and in the paragraph the input points to. */
    private static void assertErrorBeside(Document page, String inputId, String words) {
        assertThat(page.select(".error-summary a[href=#" + inputId + "]").text())
                .isEqualTo(words);
        var input = page.getElementById(inputId);
        assertThat(input.attr("aria-invalid")).isEqualTo("true");
        assertThat(input.attr("aria-describedby").split(" ")).contains(inputId + "-error");
        assertThat(page.getElementById(inputId + "-error").text()).isEqualTo(words);
    }
}
