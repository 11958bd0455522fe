package org.onewindow.portal.progress;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.client.WireMock;
import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.onewindow.portal.PortalTestSupport;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class ProgressPageTest extends PortalTestSupport {

    static final String CASE_NO = "11530000MB00000012XK00012000001202603150068";
    static final String API = "/api/applications/progress/" + CASE_NO;

    @Test
    void theLookupIsAPostFormThatWorksWithoutJavaScript() throws Exception {
        var page = page(mvc.perform(get("/progress")).andExpect(status().isOk()).andReturn());

        var form = page.selectFirst("main form");
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.attr("action")).isEqualTo("/progress");
        assertThat(form.attr("hx-post")).isEqualTo("/progress");
        assertThat(form.select("input[name=_csrf]")).hasSize(1);
        assertThat(page.selectFirst("label[for=caseNo]").text()).isEqualTo("办件编号");
        assertThat(page.selectFirst("label[for=code]").text()).isEqualTo("查询码");
        assertThat(page.selectFirst("#code-hint").text()).contains("受理回执");
        GATEWAY.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aCaseNumberInTheAddressIsFilledInButNeverACode() throws Exception {
        var page = page(mvc.perform(get("/progress").param("caseNo", CASE_NO).param("code", "ABCD2345"))
                .andReturn());

        assertThat(page.selectFirst("#caseNo").val()).isEqualTo(CASE_NO);
        assertThat(page.selectFirst("#code").val()).isEmpty();
    }

    @Test
    void showsTheStatusInPlainWordsTheStepsAndEveryChange() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo(API)).willReturn(json("progress-in-review.json")));

        var result = mvc.perform(lookup(" 11530000mb00000012xk00012000001 202603150068 ", " hk7m3q9p "))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")))
                .andReturn();
        var page = page(result);

        assertThat(page.selectFirst("#result-heading").text()).isEqualTo("出版物零售单位设立审批");
        assertThat(page.selectFirst(".case-no").text()).isEqualTo(CASE_NO);
        assertThat(page.selectFirst("#status-now").text()).isEqualTo("正在审查");
        assertThat(page.selectFirst(".status-panel").text()).contains("现在不需要您做什么");
        // the extension moved the deadline: the latest one counts
        assertThat(page.selectFirst(".deadline").text()).isEqualTo("承诺在2026年4月14日前办结（按工作日计算）。");
        var steps = page.select("ol.step-indicator > li");
        assertThat(steps.stream().map(step -> step.selectFirst(".step-label").text()))
                .containsExactly("提交申请", "受理", "审查", "审批决定", "办结");
        assertThat(page.select("ol.step-indicator > li[aria-current=step]"))
                .singleElement()
                .satisfies(current -> assertThat(current.text()).contains("审查", "当前步骤"));
        assertThat(steps.get(0).text()).contains("已完成");
        assertThat(steps.get(4).text()).contains("尚未开始");
        var changes = page.select(".change-list > li");
        assertThat(changes.stream()
                        .map(change -> change.selectFirst(".change-what").text()))
                .containsExactly("提交申请", "窗口受理", "出版管理处提出审查意见", "办理期限延长，延长后在2026年4月14日前办结");
        assertThat(changes.get(0).selectFirst("time").text()).isEqualTo("2026年3月15日 09:12");
        assertThat(changes.get(3).text()).contains("需现场核查经营场所");
        assertThat(page.select("#rating-heading")).isEmpty();
        // the API gets the number as printed (no spaces, capitals) and the code as typed
        GATEWAY.verify(getRequestedFor(urlPathEqualTo(API))
                .withQueryParam("code", equalTo("hk7m3q9p"))
                .withHeader("X-Forwarded-For", equalTo("203.0.113.7")));
    }

    @Test
    void aSupplementSaysFirstWhatToCorrect() throws Exception {
        var supplementCase = "11530000MB00000012XK00012000001202603150069";
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/applications/progress/" + supplementCase))
                .willReturn(json("progress-supplement.json")));

        var page = page(mvc.perform(lookup(supplementCase, "HK7M3Q9P")).andReturn());

        var panel = page.selectFirst(".status-panel");
        assertThat(panel.selectFirst("#status-now").text()).isEqualTo("需要补正材料");
        assertThat(panel.text()).contains("请补正以下内容");
        assertThat(panel.select(".to-correct li").eachText())
                .containsExactly("经营场所使用证明需加盖出租方公章", "营业面积与租赁合同不一致，请核对后重新填写");
        assertThat(page.selectFirst("ol.step-indicator > li[aria-current=step]").text())
                .contains("受理");
        assertThat(page.selectFirst(".progress-result dl").text()).contains("欧阳**");
    }

    @Test
    void aWrongNumberOrCodeIsOnePlainMessage() throws Exception {
        GATEWAY.stubFor(
                WireMock.get(urlPathEqualTo(API))
                        .willReturn(
                                aResponse()
                                        .withStatus(404)
                                        .withHeader("Content-Type", "application/problem+json")
                                        .withBody(
                                                "{\"type\":\"urn:onewindow:problem:not-found\",\"title\":\"Not Found\","
                                                        + "\"status\":404,\"detail\":\"no case with this query code; check both on the receipt\"}")));

        var result = mvc.perform(lookup(CASE_NO, "WRONG234"))
                .andExpect(status().isNotFound())
                .andReturn();
        var page = page(result);

        var alert = page.selectFirst("[role=alert]");
        assertThat(alert.text())
                .contains("没有查到这个办件", "核对办件编号和查询码", "受理回执", "12345")
                .doesNotContain("no case", "query code");
        assertThat(page.select(".progress-result")).isEmpty();
        // the number stays filled in, to correct rather than type again
        assertThat(page.selectFirst("#caseNo").val()).isEqualTo(CASE_NO);
    }

    @Test
    void tooManyWrongCodesSaysToWaitFifteenMinutes() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo(API))
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"urn:onewindow:problem:too-many-requests\",\"status\":429,"
                                + "\"detail\":\"too many wrong query codes; try again in 15 minutes\"}")));

        var page = page(mvc.perform(lookup(CASE_NO, "WRONG234"))
                .andExpect(status().isTooManyRequests())
                .andReturn());

        assertThat(page.selectFirst("[role=alert]").text()).contains("请等15分钟后再试", "12345");
    }

    @Test
    void emptyFieldsAreExplainedBesideEachAndInTheSummaryWithoutAskingTheGateway() throws Exception {
        var page = page(mvc.perform(lookup("", "")).andExpect(status().isOk()).andReturn());

        var summary = page.selectFirst(".error-summary");
        assertThat(summary.attr("role")).isEqualTo("alert");
        assertThat(summary.select("a").eachAttr("href")).containsExactly("#caseNo", "#code");
        assertThat(page.selectFirst("#caseNo-error").text()).isEqualTo("请填写办件编号。");
        assertThat(page.selectFirst("#code-error").text()).isEqualTo("请填写查询码。");
        assertThat(page.selectFirst("#caseNo").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.selectFirst("#caseNo").attr("aria-describedby")).contains("caseNo-error");
        GATEWAY.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aCompletedCaseOffersTheFiveLevelsOfRatingAndItsCertificate() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo(API)).willReturn(json("progress-completed.json")));

        var page = page(mvc.perform(lookup(CASE_NO, "HK7M3Q9P")).andReturn());

        assertThat(page.selectFirst("#status-now").text()).isEqualTo("已办结");
        assertThat(page.selectFirst(".status-panel").text()).contains("办理结果：准予许可");
        assertThat(page.select("ol.step-indicator .step-label").eachText())
                .containsExactly("提交申请", "受理", "审查", "准予许可", "办结");
        assertThat(page.selectFirst(".status-panel a").attr("href"))
                .isEqualTo(
                        "/certificates/verify?certificateNo=1.2.156.3005.2.XK00012000.11530000MB00000012X.00000042.1.K");
        var form = page.selectFirst(".rating form");
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.attr("action")).isEqualTo("/progress/rating");
        var fieldset = form.selectFirst("fieldset");
        assertThat(fieldset.selectFirst("legend").text()).contains("满意");
        assertThat(fieldset.select("input[type=radio]").eachAttr("value")).containsExactly("5", "4", "3", "2", "1");
        assertThat(fieldset.select("label").eachText()).containsExactly("非常满意", "满意", "基本满意", "不满意", "非常不满意");
        for (Element radio : fieldset.select("input[type=radio]")) {
            assertThat(page.select("label[for=" + radio.id() + "]")).hasSize(1);
        }
        assertThat(page.selectFirst("label[for=comment]")).isNotNull();
        // the code stays in the page body, never in an address
        assertThat(form.selectFirst("input[name=code]").val()).isEqualTo("HK7M3Q9P");
        assertThat(page.select("a[href*=HK7M3Q9P], form[action*=HK7M3Q9P]")).isEmpty();
    }

    @Test
    void aRatingIsSentWithTheCodeAndThanked() throws Exception {
        GATEWAY.stubFor(WireMock.post(urlPathEqualTo(API + "/evaluation"))
                .willReturn(aResponse().withStatus(204)));

        mvc.perform(rating("2", "等了太久，窗口人手不够"))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl("/progress/rated"));

        GATEWAY.verify(postRequestedFor(urlPathEqualTo(API + "/evaluation"))
                .withQueryParam("code", equalTo("HK7M3Q9P"))
                .withRequestBody(equalToJson("{\"level\": 2, \"comment\": \"等了太久，窗口人手不够\"}")));
        var thanks = page(
                mvc.perform(get("/progress/rated")).andExpect(status().isOk()).andReturn());
        assertThat(thanks.selectFirst("h1").text()).isEqualTo("感谢您的评价");
        assertThat(thanks.selectFirst("main").text()).contains("1个工作日内回访", "15个工作日内完成整改");
    }

    @Test
    void aRatingWithoutALevelIsExplainedBesideTheRadios() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo(API)).willReturn(json("progress-completed.json")));

        var page =
                page(mvc.perform(rating(null, "很好")).andExpect(status().isOk()).andReturn());

        assertThat(page.selectFirst(".error-summary a").attr("href")).isEqualTo("#level");
        assertThat(page.selectFirst("#level").attr("value")).isEqualTo("5");
        assertThat(page.selectFirst("#level-error").text()).isEqualTo("请选择一个满意程度。");
        assertThat(page.selectFirst("#comment").text()).isEqualTo("很好");
        GATEWAY.verify(0, postRequestedFor(anyUrl()));
    }

    @Test
    void aTamperedLevelIsAMessageBesideTheRadiosNotAnError() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo(API)).willReturn(json("progress-completed.json")));

        var page =
                page(mvc.perform(rating("six", null)).andExpect(status().isOk()).andReturn());

        assertThat(page.selectFirst("#level-error").text()).isEqualTo("请选择一个满意程度。");
        GATEWAY.verify(0, postRequestedFor(anyUrl()));
    }

    @Test
    void theApisProblemsWithARatingStandBesideTheFields() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo(API)).willReturn(json("progress-completed.json")));
        GATEWAY.stubFor(
                WireMock.post(urlPathEqualTo(API + "/evaluation"))
                        .willReturn(
                                aResponse()
                                        .withStatus(400)
                                        .withHeader("Content-Type", "application/problem+json")
                                        .withBody(
                                                "{\"type\":\"urn:onewindow:problem:validation\",\"status\":400,"
                                                        + "\"detail\":\"1 problem(s) with the request\",\"errors\":["
                                                        + "{\"field\":\"comment\",\"code\":\"invalid-text\",\"message\":\"comment contains a NUL character\"}]}")));

        var page =
                page(mvc.perform(rating("4", "还行")).andExpect(status().isOk()).andReturn());

        assertThat(page.selectFirst(".error-summary a").attr("href")).isEqualTo("#comment");
        assertThat(page.selectFirst("#comment-error").text()).isEqualTo("意见和建议最多500个字，请删减后再提交。");
        assertThat(page.text()).doesNotContain("NUL character");
    }

    @Test
    void aCaseRatedAlreadySaysSo() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo(API)).willReturn(json("progress-completed.json")));
        GATEWAY.stubFor(WireMock.post(urlPathEqualTo(API + "/evaluation"))
                .willReturn(aResponse()
                        .withStatus(409)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"urn:onewindow:problem:conflict\",\"status\":409}")));

        var page = page(mvc.perform(rating("5", null)).andReturn());

        assertThat(page.selectFirst("[role=alert]").text()).contains("已经评价过了");
    }

    @Test
    void anHtmxLookupGetsOnlyTheProgressSection() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo(API)).willReturn(json("progress-in-review.json")));

        var result = mvc.perform(lookup(CASE_NO, "HK7M3Q9P").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andReturn();

        var body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).doesNotContain("<html", "<header");
        assertThat(page(result).select("#progress #result-heading")).hasSize(1);
    }

    @Test
    void aGatewayThatIsDownGivesTheCalmPage() throws Exception {
        GATEWAY.stubFor(any(anyUrl()).willReturn(problem(503)));

        Document page = page(mvc.perform(lookup(CASE_NO, "HK7M3Q9P"))
                .andExpect(status().isServiceUnavailable())
                .andReturn());

        assertThat(page.selectFirst("h1").text()).isEqualTo("服务暂时不可用");
    }

    private static MockHttpServletRequestBuilder lookup(String caseNo, String code) {
        return post("/progress")
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr("203.0.113.7");
                    return request;
                })
                .param("caseNo", caseNo)
                .param("code", code);
    }

    private static MockHttpServletRequestBuilder rating(String level, String comment) {
        var request =
                post("/progress/rating").with(csrf()).param("caseNo", CASE_NO).param("code", "HK7M3Q9P");
        if (level != null) {
            request.param("level", level);
        }
        if (comment != null) {
            request.param("comment", comment);
        }
        return request;
    }
}
