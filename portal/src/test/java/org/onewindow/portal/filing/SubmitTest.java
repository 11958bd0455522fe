package org.onewindow.portal.filing;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

class SubmitTest extends FilingTestSupport {

    static final String UPLOADED = """
            [{"materialId":"application-form","fileName":"申请书.pdf","contentType":"application/pdf",
              "sizeBytes":245760,"sha256":"ab","uploadedAt":"2026-03-15T10:01:00+08:00"},
             {"materialId":"business-license","fileName":"执照.jpg","contentType":"image/jpeg",
              "sizeBytes":102400,"sha256":"cd","uploadedAt":"2026-03-15T10:01:30+08:00"}]
            """;

    static final String SUBMITTED = """
            {"applicationId":"%s","caseNo":"%s","status":"SUBMITTED","submittedAt":"2026-03-15T10:02:00+08:00",
             "queryCode":null}
            """.formatted(ID, CASE_NO);

    @Test
    void theCheckPageShowsEverythingWithChangeLinksAndAFreshKey() throws Exception {
        item(RETAIL, "item-retail-seed.json");
        application(RETAIL, "DRAFT", FormPageTest.FILLED, UPLOADED);

        var page = getPage(base(RETAIL) + "/check");
        var again = getPage(base(RETAIL) + "/check");

        assertThat(page.selectFirst("h1").text()).isEqualTo("核对申请");
        assertThat(page.selectFirst(".applicant").text()).contains("张三", "530102********0033");
        assertThat(page.selectFirst("#field-unitName").text()).contains("单位名称", "春城书店有限公司");
        assertThat(page.selectFirst("#field-premisesOwnership").text()).contains("租赁");
        assertThat(page.selectFirst("#field-unitName a").attr("href")).isEqualTo(base(RETAIL) + "/form#field-unitName");
        assertThat(page.selectFirst("#field-unitName a").text()).isEqualTo("修改单位名称");
        assertThat(page.selectFirst("#material-application-form").text()).contains("申请书.pdf（240 KB）");
        assertThat(page.selectFirst("#material-lease-contract").text()).contains("未上传（可容缺，受理后补交）");
        var form = page.selectFirst("form.submit-form");
        assertThat(form.attr("action")).isEqualTo(base(RETAIL) + "/submit");
        var key = form.selectFirst("input[type=hidden][name=idempotencyKey]").val();
        assertThat(key).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(again.selectFirst("input[name=idempotencyKey]").val()).isNotEqualTo(key);
    }

    @Test
    void submittingTwiceWithTheSameKeyForwardsTheSameKeyAndShowsTheSameCase() throws Exception {
        GATEWAY.stubFor(post(urlEqualTo("/api/applications/" + ID + "/submit")).willReturn(jsonBody(200, SUBMITTED)));
        var key = "2c4d6e8f-1a3b-4c5d-8e7f-9a0b1c2d3e4f";

        for (int click = 0; click < 2; click++) {
            mvc.perform(MockMvcRequestBuilders.post(base(RETAIL) + "/submit")
                            .param("idempotencyKey", key)
                            .with(zhangSan())
                            .with(csrf()))
                    .andExpect(status().isSeeOther())
                    .andExpect(header().string("Location", base(RETAIL) + "/done"));
        }

        GATEWAY.verify(
                2,
                postRequestedFor(urlEqualTo("/api/applications/" + ID + "/submit"))
                        .withHeader("Idempotency-Key", equalTo(key))
                        .withHeader("Authorization", equalTo("Bearer test-token")));
    }

    @Test
    void aKeyThatIsNoKeyIsABadRequestAndNothingIsSubmitted() throws Exception {
        mvc.perform(MockMvcRequestBuilders.post(base(RETAIL) + "/submit")
                        .param("idempotencyKey", "again")
                        .with(zhangSan())
                        .with(csrf()))
                .andExpect(status().isBadRequest());

        GATEWAY.verify(0, postRequestedFor(urlEqualTo("/api/applications/" + ID + "/submit")));
    }

    @Test
    void aSubmissionRefusedWithProblemsShowsThemOnTheCheckPage() throws Exception {
        item(RETAIL, "item-retail-seed.json");
        application(RETAIL, "DRAFT", "{\"premisesOwnership\":\"LEASED\"}", "[]");
        GATEWAY.stubFor(post(urlEqualTo("/api/applications/" + ID + "/submit")).willReturn(problemBody(422, """
                {"type":"urn:onewindow:problem:pre-review-failed","status":422,"detail":"3 problem(s) to fix before submitting",
                 "errors":[
                  {"field":"unitName","code":"FORM_FIELD_REQUIRED","message":"请填写必填项：unitName"},
                  {"field":"materials.application-form","code":"MATERIAL_MISSING","message":"缺少必需材料：出版物零售单位设立申请书"},
                  {"field":"premisesOwnership","code":"CONDITIONAL_MATERIAL_MISSING",
                   "message":"根据您填写的“premisesOwnership”，还需提交：房屋租赁合同"}]}
                """)));
        var key = "2c4d6e8f-1a3b-4c5d-8e7f-9a0b1c2d3e4f";

        var page = page(mvc.perform(MockMvcRequestBuilders.post(base(RETAIL) + "/submit")
                        .param("idempotencyKey", key)
                        .with(zhangSan())
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andReturn());

        assertThat(page.select(".error-summary a").eachAttr("href"))
                .containsExactly("#field-unitName", "#material-application-form", "#material-lease-contract");
        assertThat(page.selectFirst("#field-unitName").text()).contains("请填写“单位名称”。");
        assertThat(page.selectFirst("#material-lease-contract").text()).contains("根据您填写的“经营场所产权”，还需要上传“房屋租赁合同”。");
        // the same submission still: the key stays
        assertThat(page.selectFirst("input[name=idempotencyKey]").val()).isEqualTo(key);
    }

    @Test
    void anApplicationAlreadySubmittedUnderAnotherKeyGoesToItsConfirmation() throws Exception {
        application(RETAIL, "SUBMITTED", FormPageTest.FILLED, UPLOADED);
        GATEWAY.stubFor(post(urlEqualTo("/api/applications/" + ID + "/submit")).willReturn(problemBody(409, """
                {"type":"urn:onewindow:problem:conflict","status":409,"detail":"application is SUBMITTED, not a draft"}
                """)));

        mvc.perform(MockMvcRequestBuilders.post(base(RETAIL) + "/submit")
                        .param("idempotencyKey", "2c4d6e8f-1a3b-4c5d-8e7f-9a0b1c2d3e4f")
                        .with(zhangSan())
                        .with(csrf()))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", base(RETAIL) + "/done"));
    }

    @Test
    void theConfirmationShowsTheCaseNumberTheLimitWhatHappensNextAndIsTheReceipt() throws Exception {
        item(RETAIL, "item-retail-seed.json");
        application(RETAIL, "SUBMITTED", FormPageTest.FILLED, UPLOADED);

        var page = page(mvc.perform(get(base(RETAIL) + "/done").with(zhangSan()))
                .andExpect(status().isOk())
                .andReturn());

        var panel = page.selectFirst(".confirmation-panel");
        assertThat(panel.selectFirst("h1").text()).isEqualTo("申请已提交");
        assertThat(panel.selectFirst(".case-number").text()).isEqualTo(CASE_NO);
        assertThat(page.selectFirst(".promised-limit").text()).contains("10个工作日");
        assertThat(page.selectFirst("main").text())
                .contains("2026年3月15日 10:02", "张三", "申请书.pdf", "接下来会怎样", "5个工作日内", "一次性告诉您");
        assertThat(page.selectFirst("a.my-cases").attr("href")).isEqualTo("/my/cases");
        var print = page.selectFirst("button.print-receipt");
        assertThat(print.text()).isEqualTo("打印回执");
        assertThat(print.hasAttr("hidden")).as("shown by print.js only").isTrue();
        assertThat(page.select("script[src]").eachAttr("src")).anyMatch(src -> src.startsWith("/assets/js/print"));
    }

    @Test
    void theConfirmationOfADraftIsItsCheckPage() throws Exception {
        item(RETAIL, "item-retail-seed.json");
        draft(RETAIL, "{}");

        mvc.perform(get(base(RETAIL) + "/done").with(zhangSan()))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", base(RETAIL) + "/check"));
    }
}
