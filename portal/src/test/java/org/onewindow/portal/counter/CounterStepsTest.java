package org.onewindow.portal.counter;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;

/**
 * The counter case's draft through online filing's steps at the counter's addresses, in the
 * workbench's frame, to the receipt with the case number and the query code shown once.
 */
class CounterStepsTest extends CounterTestSupport {

    static final String FILLED = """
            {"unitName":"春城书店有限公司","creditCode":"91530102MA6K3L2X1Q","address":"昆明市五华区人民中路100号",
             "premisesOwnership":"OWNED","areaSquareMeters":120,"contactPhone":"13700137000"}
            """;

    static final String UPLOADED = """
            [{"materialId":"application-form","fileName":"申请书.pdf","contentType":"application/pdf",
              "sizeBytes":245760,"sha256":"ab","uploadedAt":"2026-03-15T10:01:00+08:00"}]
            """;

    static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @Test
    void theFormIsTheItemsFormInTheWorkbenchFrameForThePersonAtTheWindow() throws Exception {
        item();
        application("DRAFT", "{}", "[]");

        var page = getPage(BASE + "/form");

        assertThat(page.selectFirst("h1").text()).isEqualTo("填写表单");
        assertThat(page.selectFirst(".workbench-nav a[aria-current=page]").text())
                .isEqualTo("窗口收件");
        assertThat(page.selectFirst(".counter-applicant").text()).contains("张三", "个人", "530102********0033");
        assertThat(page.selectFirst("form.application-form").attr("action")).isEqualTo(BASE + "/form");
        assertThat(page.select("form.application-form [name]").eachAttr("name"))
                .contains("unitName", "creditCode", "address", "premisesOwnership", "areaSquareMeters", "contactPhone");
        assertThat(page.select(".filing-steps a").eachAttr("href")).contains(BASE + "/materials", BASE + "/pre-review");
        assertThat(page.select("h1")).hasSize(1);
    }

    @Test
    void savingTheFormSendsItAsTheClerkAndGoesOnToTheScans() throws Exception {
        item();
        application("DRAFT", "{}", "[]");
        GATEWAY.stubFor(put(urlEqualTo("/api/applications/" + ID + "/form"))
                .willReturn(jsonBody(200, "{\"form\":" + FILLED + ",\"problems\":[]}")));

        var result = perform(posting(BASE + "/form")
                .param("unitName", "春城书店有限公司")
                .param("creditCode", "91530102MA6K3L2X1Q")
                .param("address", "昆明市五华区人民中路100号")
                .param("premisesOwnership", "OWNED")
                .param("areaSquareMeters", "120")
                .param("contactPhone", "13700137000"));

        assertThat(result.getResponse().getStatus()).isEqualTo(303);
        assertThat(result.getResponse().getHeader("Location")).isEqualTo(BASE + "/materials");
        GATEWAY.verify(putRequestedFor(urlEqualTo("/api/applications/" + ID + "/form"))
                .withHeader("Authorization", equalTo(BEARER))
                .withRequestBody(equalToJson(FILLED)));
    }

    @Test
    void theFormsProblemsAreToldBesideTheFieldsAtTheCounterToo() throws Exception {
        item();
        application("DRAFT", "{}", "[]");

        var result = perform(posting(BASE + "/form").param("areaSquareMeters", "一百二十"));
        var page = page(result);

        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        assertThat(page.select(".error-summary a").eachAttr("href")).containsExactly("#field-areaSquareMeters");
        assertThat(page.selectFirst(".workbench-nav")).isNotNull();
    }

    @Test
    void theClerksScansGoToTheirMaterialsAndHtmxGetsTheContentWithTheNavigation() throws Exception {
        item();
        application("DRAFT", FILLED, "[]");
        GATEWAY.stubFor(post(urlEqualTo("/api/applications/" + ID + "/materials/application-form"))
                .willReturn(jsonBody(200, """
                        {"materialId":"application-form","fileName":"申请书.pdf","contentType":"application/pdf",
                         "sizeBytes":20,"sha256":"ab","uploadedAt":"2026-03-15T10:01:00+08:00"}
                        """)));

        var page = getPage(BASE + "/materials");
        var plain = perform(multipart(BASE + "/materials")
                .file(new MockMultipartFile("application-form", "申请书.pdf", "application/pdf", PDF))
                .with(SecurityMockMvcRequestPostProcessors.csrf()));
        var htmx = page(perform(multipart(BASE + "/materials")
                .file(new MockMultipartFile("application-form", "申请书.pdf", "application/pdf", PDF))
                .header("HX-Request", "true")
                .with(SecurityMockMvcRequestPostProcessors.csrf())));

        var form = page.selectFirst("form.upload-form");
        assertThat(form.attr("action")).isEqualTo(BASE + "/materials");
        assertThat(form.attr("hx-post")).isEqualTo(BASE + "/materials");
        assertThat(page.select("input[type=file]").eachAttr("name"))
                .contains("application-form", "business-license", "premises-proof");
        assertThat(plain.getResponse().getStatus()).isEqualTo(303);
        assertThat(plain.getResponse().getHeader("Location")).isEqualTo(BASE + "/materials?uploaded=1");
        assertThat(htmx.selectFirst("html > body > nav.workbench-nav, nav.workbench-nav"))
                .isNotNull();
        assertThat(htmx.select("main")).as("the content alone").isEmpty();
        GATEWAY.verify(
                2,
                postRequestedFor(urlEqualTo("/api/applications/" + ID + "/materials/application-form"))
                        .withHeader("Authorization", equalTo(BEARER)));
    }

    @Test
    void preReviewTellsEveryProblemAtOnceWithLinksToTheCountersPages() throws Exception {
        item();
        application("DRAFT", "{\"premisesOwnership\":\"LEASED\"}", "[]");
        GATEWAY.stubFor(
                post(urlEqualTo("/api/applications/" + ID + "/pre-review")).willReturn(jsonBody(200, """
                {"passed":false,
                 "problems":[{"code":"FORM_FIELD_REQUIRED","field":"unitName","materialId":null,"message":"请填写必填项：unitName"},
                             {"code":"MATERIAL_MISSING","field":null,"materialId":"application-form","message":"缺少必需材料"}],
                 "notices":[]}
                """)));

        var page = getPage(BASE + "/pre-review");

        assertThat(page.selectFirst("h1").text()).isEqualTo("预审");
        assertThat(page.select(".error-summary a").eachAttr("href"))
                .containsExactly("#field-unitName", "#material-application-form");
        assertThat(page.selectFirst("#field-unitName a").attr("href")).isEqualTo(BASE + "/form#field-unitName");
        assertThat(page.selectFirst("#material-application-form a").attr("href"))
                .isEqualTo(BASE + "/materials#material-application-form");
        assertThat(page.selectFirst(".counter-applicant")).isNotNull();
    }

    @Test
    void theCheckPageSubmitsAtTheCounterWithAFreshKey() throws Exception {
        item();
        application("DRAFT", FILLED, UPLOADED);

        var page = getPage(BASE + "/check");

        assertThat(page.selectFirst(".counter-check-applicant").text())
                .contains("张三", "530102********0033", "137****7000");
        var form = page.selectFirst("form.submit-form");
        assertThat(form.attr("action")).isEqualTo(BASE + "/submit");
        assertThat(form.selectFirst("input[name=idempotencyKey]").val()).matches("[0-9a-f-]{36}");
        assertThat(form.selectFirst("button.counter-submit").text()).isEqualTo("提交并生成回执");
    }

    @Test
    void submittingKeepsTheQueryCodeOutOfTheAddressAndTheReceiptShowsItOnce() throws Exception {
        item();
        GATEWAY.stubFor(post(urlEqualTo("/api/applications/" + ID + "/submit"))
                .willReturn(jsonBody(200, """
                {"applicationId":"%s","caseNo":"%s","status":"SUBMITTED","submittedAt":"2026-03-15T10:02:00+08:00",
                 "queryCode":"%s"}
                """.formatted(ID, CASE_NO, QUERY_CODE))));
        var key = "2c4d6e8f-1a3b-4c5d-8e7f-9a0b1c2d3e4f";

        var submitted = perform(posting(BASE + "/submit").param("idempotencyKey", key));

        assertThat(submitted.getResponse().getStatus()).isEqualTo(303);
        var receipt = submitted.getResponse().getHeader("Location");
        assertThat(receipt).isEqualTo(BASE + "/receipt").doesNotContain(QUERY_CODE);
        assertThat(submitted.getFlashMap().get("queryCode")).isEqualTo(QUERY_CODE);
        GATEWAY.verify(postRequestedFor(urlEqualTo("/api/applications/" + ID + "/submit"))
                .withHeader("Idempotency-Key", equalTo(key))
                .withHeader("Authorization", equalTo(BEARER)));

        application("SUBMITTED", FILLED, UPLOADED);
        var shown = page(perform(get(receipt).flashAttr("queryCode", QUERY_CODE)));
        var reloaded = page(perform(get(receipt)));

        assertThat(shown.selectFirst("h1").text()).isEqualTo("收件回执");
        assertThat(shown.selectFirst(".case-number").text()).isEqualTo(CASE_NO);
        assertThat(shown.selectFirst(".query-code").text()).isEqualTo(QUERY_CODE);
        assertThat(shown.selectFirst(".query-code-note").text()).isEqualTo("请妥善保管，凭办件编号和查询码在网上或窗口查询进度。");
        assertThat(shown.selectFirst(".receipt-item").text()).isEqualTo("出版物零售单位设立审批");
        assertThat(shown.selectFirst(".receipt-applicant").text()).isEqualTo("张三");
        assertThat(shown.selectFirst(".receipt-date").text()).isEqualTo("2026年3月15日 10:02");
        assertThat(shown.selectFirst(".promised-limit").text()).contains("10个工作日");
        var print = shown.selectFirst("button.print-receipt");
        assertThat(print.text()).isEqualTo("打印回执");
        assertThat(print.hasAttr("hidden")).as("shown by print.js").isTrue();
        assertThat(shown.select("script[src]").eachAttr("src")).anyMatch(src -> src.startsWith("/assets/js/print"));
        assertThat(shown.selectFirst("a.next-intake").attr("href")).isEqualTo("/workbench/counter");

        assertThat(reloaded.selectFirst(".case-number").text()).isEqualTo(CASE_NO);
        assertThat(reloaded.selectFirst(".query-code")).isNull();
        assertThat(reloaded.text()).doesNotContain(QUERY_CODE).contains("查询码只在提交后显示一次");
    }

    @Test
    void aSubmissionRefusedWithProblemsShowsThemOnTheCountersCheckPage() throws Exception {
        item();
        application("DRAFT", "{}", "[]");
        GATEWAY.stubFor(post(urlEqualTo("/api/applications/" + ID + "/submit")).willReturn(problemBody(422, """
                {"type":"urn:onewindow:problem:pre-review-failed","status":422,
                 "errors":[{"field":"materials.application-form","code":"MATERIAL_MISSING","message":"缺少必需材料"}]}
                """)));

        var result = perform(posting(BASE + "/submit").param("idempotencyKey", "2c4d6e8f-1a3b-4c5d-8e7f-9a0b1c2d3e4f"));
        var page = page(result);

        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        assertThat(page.select(".error-summary a").eachAttr("href")).containsExactly("#material-application-form");
        assertThat(page.selectFirst("form.submit-form").attr("action")).isEqualTo(BASE + "/submit");
        assertThat(page.selectFirst(".workbench-nav")).isNotNull();
    }

    @Test
    void aCaseSubmittedAlreadyGoesToItsReceiptAndADraftHasNone() throws Exception {
        item();
        application("SUBMITTED", FILLED, UPLOADED);

        var form = perform(get(BASE + "/form"));
        var done = perform(get(BASE + "/done"));
        application("DRAFT", FILLED, UPLOADED);
        var receiptOfADraft = perform(get(BASE + "/receipt"));

        assertThat(form.getResponse().getHeader("Location")).isEqualTo(BASE + "/done");
        assertThat(done.getResponse().getHeader("Location")).isEqualTo(BASE + "/receipt");
        assertThat(receiptOfADraft.getResponse().getHeader("Location")).isEqualTo(BASE + "/check");
    }

    @Test
    void aDraftSubmittedMeanwhileIsTheCountersCalmPageNotFilings() throws Exception {
        item();
        application("DRAFT", "{}", "[]");
        GATEWAY.stubFor(put(urlEqualTo("/api/applications/" + ID + "/form")).willReturn(problemBody(409, """
                {"type":"urn:onewindow:problem:conflict","status":409,"detail":"the form can change only in a draft"}
                """)));

        var result = perform(posting(BASE + "/form").param("unitName", "春城书店有限公司"));
        var page = page(result);

        assertThat(result.getResponse().getStatus()).isEqualTo(409);
        assertThat(page.selectFirst("h1").text()).isEqualTo("这份申请已经提交");
        assertThat(page.selectFirst(".calm-page a").attr("href")).isEqualTo("/workbench/counter");
        assertThat(page.select("a[href=/my/cases].btn"))
                .as("not the applicant's 我的办件")
                .isEmpty();
    }
}
