package org.onewindow.portal.filing;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

class MaterialsPageTest extends FilingTestSupport {

    static final byte[] PDF = "%PDF-1.7 申请书".getBytes(StandardCharsets.UTF_8);

    static final String UPLOADED = """
            [{"materialId":"application-form","fileName":"申请书.pdf","contentType":"application/pdf",
              "sizeBytes":245760,"sha256":"ab","uploadedAt":"2026-03-15T10:01:00+08:00"}]
            """;

    @Test
    void offersOneFileInputPerMaterialNamedByItsIdWithTypesSizesAndMayFollow() throws Exception {
        item(RETAIL, "item-retail-seed.json");
        draft(RETAIL, "{}");

        var page = getPage(base(RETAIL) + "/materials");

        var form = page.selectFirst("form.upload-form");
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.attr("enctype")).isEqualTo("multipart/form-data");
        assertThat(form.attr("action")).isEqualTo(base(RETAIL) + "/materials");
        assertThat(form.attr("hx-post")).isEqualTo(base(RETAIL) + "/materials");
        assertThat(form.select("input[type=file]").eachAttr("name"))
                .containsExactly("application-form", "business-license", "premises-proof", "lease-contract");
        var license = page.selectFirst("#material-business-license");
        assertThat(license.attr("accept")).isEqualTo("application/pdf,.pdf,image/jpeg,.jpg,.jpeg,image/png,.png");
        assertThat(page.selectFirst("label[for=material-business-license]").text())
                .isEqualTo("选择“营业执照”的文件");
        assertThat(page.selectFirst("#material-business-license-hint").text()).contains("可上传PDF、JPG、PNG格式的文件，不超过5 MB。");
        var proof = page.selectFirst("li:has(#material-premises-proof)");
        assertThat(proof.selectFirst(".badge.may-follow").text()).isEqualTo("可容缺");
        assertThat(proof.text()).contains("受理后在告知的期限内补交");
        var applicationForm = page.selectFirst("li:has(#material-application-form)");
        assertThat(applicationForm.select(".badge.may-follow")).isEmpty();
        assertThat(applicationForm.text()).contains("填写说明：经营场所地址须与营业执照一致");
        assertThat(page.selectFirst("progress#upload-progress").attr("max")).isEqualTo("100");
        assertThat(page.selectFirst("label[for=upload-progress]")).isNotNull();
        assertThat(page.select("script[src]").eachAttr("src")).anyMatch(src -> src.startsWith("/assets/js/upload"));
    }

    @Test
    void listsWhatIsAlreadyUploaded() throws Exception {
        item(RETAIL, "item-retail-seed.json");
        application(RETAIL, "DRAFT", "{}", UPLOADED);

        var page = getPage(base(RETAIL) + "/materials");

        assertThat(page.selectFirst("li:has(#material-application-form) .uploaded-file")
                        .text())
                .isEqualTo("已上传：申请书.pdf（240 KB，2026年3月15日 10:01）");
        assertThat(page.selectFirst("li:has(#material-business-license)").text())
                .contains("尚未上传");
    }

    @Test
    void passesEachChosenFileOnToItsMaterialAsMultipart() throws Exception {
        item(RETAIL, "item-retail-seed.json");
        draft(RETAIL, "{}");
        GATEWAY.stubFor(
                post(urlMatching("/api/applications/" + ID + "/materials/.*")).willReturn(jsonBody(200, """
                        {"materialId":"application-form","fileName":"form.pdf","contentType":"application/pdf",
                         "sizeBytes":20,"sha256":"ab","uploadedAt":"2026-03-15T10:01:00+08:00"}
                        """)));

        mvc.perform(multipart(base(RETAIL) + "/materials")
                        .file(new MockMultipartFile("application-form", "申请书（盖章）.pdf", "application/pdf", PDF))
                        .file(new MockMultipartFile("business-license", "", "application/octet-stream", new byte[0]))
                        .with(zhangSan())
                        .with(csrf()))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", base(RETAIL) + "/materials?uploaded=1"));

        GATEWAY.verify(postRequestedFor(urlEqualTo("/api/applications/" + ID + "/materials/application-form"))
                .withHeader("Authorization", equalTo("Bearer test-token"))
                .withHeader("Content-Type", containing("multipart/form-data"))
                .withRequestBodyPart(aMultipart()
                        .withName("file")
                        .withHeader("Content-Disposition", containing("filename=\"申请书（盖章）.pdf\""))
                        .withHeader("Content-Type", containing("application/pdf"))
                        .withBody(binaryEqualTo(PDF))
                        .build()));
        // an input left empty is no upload
        GATEWAY.verify(0, postRequestedFor(urlEqualTo("/api/applications/" + ID + "/materials/business-license")));
    }

    @Test
    void aFileRefusedByTheApiIsToldBesideItsMaterial() throws Exception {
        item(RETAIL, "item-retail-seed.json");
        draft(RETAIL, "{}");
        GATEWAY.stubFor(post(urlEqualTo("/api/applications/" + ID + "/materials/business-license"))
                .willReturn(problemBody(415, """
                        {"type":"urn:onewindow:problem:file-type-not-accepted","status":415,
                         "detail":"the file's content is application/zip; this material takes application/pdf, image/jpeg, image/png",
                         "errors":[{"field":"file","code":"file-type-not-accepted",
                                    "message":"材料“营业执照”可接受的文件类型：application/pdf、image/jpeg、image/png"}]}
                        """)));

        var page = page(mvc.perform(multipart(base(RETAIL) + "/materials")
                        .file(new MockMultipartFile(
                                "business-license", "licence.zip", "application/zip", new byte[] {'P', 'K', 3, 4}))
                        .with(zhangSan())
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andReturn());

        assertThat(page.select(".error-summary a").eachAttr("href")).containsExactly("#material-business-license");
        assertThat(page.selectFirst("#material-business-license-error").text())
                .isEqualTo("错误：“营业执照”只能上传PDF、JPG、PNG格式的文件，请换一个文件重新上传。");
        assertThat(page.selectFirst("#material-business-license").attr("aria-describedby"))
                .isEqualTo("material-business-license-hint material-business-license-error");
    }

    @Test
    void aFileOverTheMaterialsLimitIsToldAndNotSent() throws Exception {
        item(RETAIL, "item-retail-seed.json");
        draft(RETAIL, "{}");

        var page = page(mvc.perform(multipart(base(RETAIL) + "/materials")
                        .file(new MockMultipartFile(
                                "application-form", "scan.pdf", "application/pdf", new byte[5 * 1024 * 1024 + 1]))
                        .with(zhangSan())
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andReturn());

        assertThat(page.selectFirst("#material-application-form-error").text()).contains("“出版物零售单位设立申请书”的文件超过5 MB");
        GATEWAY.verify(0, postRequestedFor(urlMatching("/api/applications/.*/materials/.*")));
    }

    @Test
    void anOldBrowsersFullPathIsSentAsTheFilesNameAlone() throws Exception {
        item(RETAIL, "item-retail-seed.json");
        draft(RETAIL, "{}");
        GATEWAY.stubFor(
                post(urlMatching("/api/applications/" + ID + "/materials/.*")).willReturn(jsonBody(200, """
                        {"materialId":"application-form","fileName":"form.pdf","contentType":"application/pdf",
                         "sizeBytes":20,"sha256":"ab","uploadedAt":"2026-03-15T10:01:00+08:00"}
                        """)));

        mvc.perform(multipart(base(RETAIL) + "/materials")
                        .file(new MockMultipartFile(
                                "application-form", "C:\\Users\\zhang\\form.pdf", "application/pdf", PDF))
                        .with(zhangSan())
                        .with(csrf()))
                .andExpect(status().isSeeOther());

        GATEWAY.verify(postRequestedFor(urlEqualTo("/api/applications/" + ID + "/materials/application-form"))
                .withRequestBodyPart(aMultipart()
                        .withName("file")
                        .withHeader("Content-Disposition", containing("filename=\"form.pdf\""))
                        .build()));
    }

    @Test
    void aPostOverThePortalsOwnLimitComesBackToThePageThatSaysSo() throws Exception {
        item(RETAIL, "item-retail-seed.json");
        draft(RETAIL, "{}");
        var request = new org.springframework.mock.web.MockHttpServletRequest("POST", base(RETAIL) + "/materials");

        var back = new FilingErrors().tooLarge(request);
        var page = page(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                base(RETAIL) + "/materials?tooLarge=1")
                        .with(zhangSan()))
                .andExpect(status().isUnprocessableContent())
                .andReturn());

        assertThat(((org.springframework.web.servlet.view.RedirectView) back.getView()).getUrl())
                .isEqualTo(base(RETAIL) + "/materials?tooLarge=1");
        assertThat(page.selectFirst(".error-summary").text()).contains("一次上传的文件太大");
    }

    @Test
    void postingWithoutChoosingAFileSaysSo() throws Exception {
        item(RETAIL, "item-retail-seed.json");
        draft(RETAIL, "{}");

        var page = page(mvc.perform(multipart(base(RETAIL) + "/materials")
                        .file(new MockMultipartFile("application-form", "", "application/octet-stream", new byte[0]))
                        .with(zhangSan())
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andReturn());

        assertThat(page.selectFirst(".error-summary").text()).contains("还没有选择文件");
    }

    @Test
    void htmxGetsThePagesContentAloneToSwapIn() throws Exception {
        item(RETAIL, "item-retail-seed.json");
        draft(RETAIL, "{}");
        GATEWAY.stubFor(
                post(urlMatching("/api/applications/" + ID + "/materials/.*")).willReturn(jsonBody(200, """
                        {"materialId":"application-form","fileName":"form.pdf","contentType":"application/pdf",
                         "sizeBytes":20,"sha256":"ab","uploadedAt":"2026-03-15T10:01:00+08:00"}
                        """)));

        var result = mvc.perform(multipart(base(RETAIL) + "/materials")
                        .file(new MockMultipartFile("application-form", "form.pdf", "application/pdf", PDF))
                        .header("HX-Request", "true")
                        .with(zhangSan())
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn();

        var body = text(result);
        assertThat(body).doesNotContain("<html", "<header").contains("已上传1个文件", "upload-form");
    }
}
