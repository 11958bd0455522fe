package org.onewindow.portal.complaint;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.client.WireMock;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.onewindow.portal.PortalTestSupport;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** 投诉举报: the form, the confirmation with ticket and code, and the lookup of the answer. */
class ComplaintPagesTest extends PortalTestSupport {

    static final String FILE = "/api/disclosure/complaints";
    static final String TICKET = "TS20260316000042";

    @Test
    void theFormLabelsEveryFieldMarksWhatIsRequiredAndPostsWithoutJavaScript() throws Exception {
        var page =
                page(mvc.perform(get("/complaints")).andExpect(status().isOk()).andReturn());

        var form = page.selectFirst("form.complaint-form");
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.attr("action")).isEqualTo("/complaints");
        for (Element input : form.select("input:not([type=hidden]), select, textarea")) {
            assertThat(page.select("label[for=" + input.id() + "]"))
                    .as("label for %s", input)
                    .hasSize(1);
        }
        assertThat(form.select("input[name=kind]").eachAttr("value")).containsExactly("COMPLAINT", "REPORT");
        assertThat(form.selectFirst("input[name=kind]").id()).isEqualTo("kind");
        assertThat(form.selectFirst("fieldset legend").text()).isEqualTo("类型（必填）");
        assertThat(page.selectFirst("label[for=subject]").text()).isEqualTo("标题（必填）");
        assertThat(page.selectFirst("label[for=content]").text()).isEqualTo("具体内容（必填）");
        assertThat(page.selectFirst("label[for=caseNo]").text()).isEqualTo("相关办件编号（选填）");
        assertThat(page.select("#department option").eachText())
                .containsExactly("不清楚或不涉及具体部门", "政务服务大厅", "出版管理处", "广播电视处", "印刷发行处");
        GATEWAY.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void afterFilingTheTicketAndItsCodeStandLargeWithWhatToDo() throws Exception {
        GATEWAY.stubFor(WireMock.post(urlPathEqualTo(FILE))
                .willReturn(json("complaint-filed.json").withStatus(201)));

        var page = page(mvc.perform(complaint()
                        .param("department", "service-hall")
                        .param("contactName", "王先生")
                        .param("contactPhone", " 13912345678 "))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(page.selectFirst("h1").text()).isEqualTo("已收到您的投诉举报");
        assertThat(page.selectFirst(".confirmation-panel #ticket").text()).isEqualTo(TICKET);
        assertThat(page.selectFirst(".confirmation-panel #query-code").text()).isEqualTo("K7QX3M9RT2HB");
        assertThat(page.selectFirst(".write-down").text()).contains("请抄下或打印", "只显示这一次");
        assertThat(page.selectFirst("main").text()).contains("我们会在2026年3月30日前答复您（10个工作日内）", "提交时间：2026年3月16日 15:20");
        // printable: the print button appears with the script, and the page says how without it
        assertThat(page.selectFirst("main").hasClass("printable")).isTrue();
        assertThat(page.selectFirst("button.js-print").hasAttr("hidden")).isTrue();
        assertThat(page.select("main script[src]").attr("src")).startsWith("/assets/js/public-pages");
        assertThat(page.selectFirst("a[href=/complaints/status]")).isNotNull();
        GATEWAY.verify(postRequestedFor(urlPathEqualTo(FILE)).withRequestBody(equalToJson("""
                        {"kind": "COMPLAINT", "subject": "窗口排队时间过长",
                         "content": "3月16日上午在出版物窗口排队两个多小时，只开了一个窗口。",
                         "department": "service-hall", "caseNo": null,
                         "contact": {"name": "王先生", "phone": "13912345678"}}""")));
    }

    @Test
    void anonymousFilingSendsNoContactAtAll() throws Exception {
        GATEWAY.stubFor(WireMock.post(urlPathEqualTo(FILE))
                .willReturn(json("complaint-filed.json").withStatus(201)));

        mvc.perform(complaint().param("contactName", "").param("contactPhone", ""))
                .andExpect(status().isOk());

        GATEWAY.verify(postRequestedFor(urlPathEqualTo(FILE))
                .withRequestBody(equalToJson("{\"contact\": null, \"department\": null}", true, true)));
    }

    @Test
    void anEmptyFormIsExplainedBesideEachFieldAndInTheSummaryInTheFormsOrder() throws Exception {
        var page = page(mvc.perform(post("/complaints").with(csrf()).param("subject", "  "))
                .andExpect(status().isOk())
                .andReturn());

        var summary = page.selectFirst(".error-summary");
        assertThat(summary.attr("role")).isEqualTo("alert");
        assertThat(summary.select("a").eachAttr("href")).containsExactly("#kind", "#subject", "#content");
        assertThat(summary.select("a").eachText()).containsExactly("请选择是投诉还是举报。", "请填写标题。", "请填写具体内容。");
        assertThat(page.selectFirst("#kind-error").text()).isEqualTo("请选择是投诉还是举报。");
        assertThat(page.selectFirst("#subject-error").text()).isEqualTo("请填写标题。");
        assertThat(page.selectFirst("#content").attr("aria-describedby")).isEqualTo("content-hint content-error");
        GATEWAY.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void whatTheServiceRefusesStandsBesideItsFieldWithWhatWasTyped() throws Exception {
        GATEWAY.stubFor(WireMock.post(urlPathEqualTo(FILE))
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("""
                                {"type": "urn:onewindow:problem:validation", "title": "Bad Request", "status": 400,
                                 "detail": "2 problem(s) with the request",
                                 "errors": [
                                   {"field": "caseNo", "code": "pattern", "message": "a case number"},
                                   {"field": "contact.phone", "code": "pattern", "message": "a mobile or a landline number"}
                                 ]}""")));

        var page = page(mvc.perform(complaint().param("caseNo", "A".repeat(55)).param("contactPhone", "13912345678"))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(page.selectFirst(".error-summary").select("a").eachAttr("href"))
                .containsExactly("#caseNo", "#contactPhone");
        assertThat(page.selectFirst("#caseNo-error").text()).contains("办件编号由数字和字母组成");
        assertThat(page.selectFirst("#contactPhone-error").text()).contains("11位手机号码");
        assertThat(page.selectFirst("#contactPhone").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.selectFirst("#subject").val()).isEqualTo("窗口排队时间过长");
        assertThat(page.selectFirst("#content").text()).contains("排队两个多小时");
        assertThat(page.text()).doesNotContain("a case number", "landline");
    }

    @Test
    void tooManyFilingsSaysToWaitAMinute() throws Exception {
        GATEWAY.stubFor(WireMock.post(urlPathEqualTo(FILE))
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("Retry-After", "1")
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"urn:onewindow:problem:too-many-requests\",\"status\":429}")));

        var page = page(
                mvc.perform(complaint()).andExpect(status().isTooManyRequests()).andReturn());

        assertThat(page.selectFirst("[role=alert]").text()).contains("过一分钟再提交");
        assertThat(page.selectFirst("#subject").val()).isEqualTo("窗口排队时间过长");
    }

    @Test
    void theTicketAndCodeShowTheAnswerAndWhereItIsPublished() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo(FILE + "/" + TICKET)).willReturn(json("complaint-answered.json")));

        var page = page(mvc.perform(lookup(" ts2026 0316 000042 ", "k7qx3m9rt2hb"))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(page.selectFirst("#result-heading").text()).isEqualTo("窗口排队时间过长");
        assertThat(page.selectFirst("#status-now").text()).isEqualTo("已答复");
        assertThat(page.selectFirst(".answer-text").text()).contains("已调整排班");
        assertThat(page.selectFirst(".answer").text()).contains("答复时间：2026年3月20日 10:02", "已在曝光纠错栏目公开");
        assertThat(page.selectFirst(".answer a").attr("href")).isEqualTo("/disclosure/corrections");
        assertThat(page.selectFirst(".complaint-result dl").text()).contains("投诉", "政务服务大厅");
        GATEWAY.verify(
                getRequestedFor(urlPathEqualTo(FILE + "/" + TICKET)).withQueryParam("code", equalTo("k7qx3m9rt2hb")));
    }

    @Test
    void aComplaintPastItsAnswerDateSaysSoAndWhereToTurn() throws Exception {
        GATEWAY.stubFor(
                WireMock.get(urlPathEqualTo(FILE + "/TS20260301000007")).willReturn(json("complaint-overdue.json")));

        var page = page(mvc.perform(lookup("TS20260301000007", "K7QX3M9RT2HB")).andReturn());

        assertThat(page.selectFirst("#status-now").text()).isEqualTo("正在处理，已超过答复期限");
        assertThat(page.selectFirst(".status-panel").text()).contains("2026年3月13日", "12345");
        assertThat(page.select(".answer")).isEmpty();
    }

    @Test
    void aWrongTicketOrCodeIsOnePlainMessage() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo(FILE + "/" + TICKET))
                .willReturn(aResponse()
                        .withStatus(404)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"urn:onewindow:problem:not-found\",\"status\":404,"
                                + "\"detail\":\"no complaint with this ticket and query code\"}")));

        var page = page(mvc.perform(lookup(TICKET, "WRONGCODE234"))
                .andExpect(status().isNotFound())
                .andReturn());

        assertThat(page.selectFirst("[role=alert]").text())
                .contains("没有查到这条投诉举报", "核对编号和查询码", "12345")
                .doesNotContain("no complaint");
        assertThat(page.selectFirst("#ticket").val()).isEqualTo(TICKET);
    }

    @Test
    void tooManyLookupsSaysToWaitFifteenMinutes() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo(FILE + "/" + TICKET))
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":429}")));

        var page = page(mvc.perform(lookup(TICKET, "WRONGCODE234"))
                .andExpect(status().isTooManyRequests())
                .andReturn());

        assertThat(page.selectFirst("[role=alert]").text()).contains("15分钟");
    }

    @Test
    void theLookupNeedsBothAndSaysSoBesideEach() throws Exception {
        var page = page(mvc.perform(lookup("", "")).andExpect(status().isOk()).andReturn());

        assertThat(page.selectFirst(".error-summary").select("a").eachAttr("href"))
                .containsExactly("#ticket", "#code");
        assertThat(page.selectFirst("#ticket-error").text()).isEqualTo("请填写编号。");
        GATEWAY.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aGatewayThatIsDownGivesTheCalmPage() throws Exception {
        GATEWAY.stubFor(any(anyUrl()).willReturn(problem(503)));

        var page = page(mvc.perform(complaint())
                .andExpect(status().isServiceUnavailable())
                .andReturn());

        assertThat(page.selectFirst("h1").text()).isEqualTo("服务暂时不可用");
    }

    private static MockHttpServletRequestBuilder complaint() {
        return post("/complaints")
                .with(csrf())
                .param("kind", "COMPLAINT")
                .param("subject", "窗口排队时间过长")
                .param("content", "3月16日上午在出版物窗口排队两个多小时，只开了一个窗口。");
    }

    private static MockHttpServletRequestBuilder lookup(String ticket, String code) {
        return post("/complaints/status").with(csrf()).param("ticket", ticket).param("code", code);
    }
}
