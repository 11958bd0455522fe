package org.onewindow.portal.certificate;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.client.WireMock;
import org.junit.jupiter.api.Test;
import org.onewindow.portal.PortalTestSupport;

/** 证照核验: the standing by number, the content and the signature with the verification code. */
class CertificatePageTest extends PortalTestSupport {

    static final String NUMBER = "1.2.156.3005.2.XK00012000.11530000MB00000012X.00000042.1.K";
    static final String API = "/api/review/certificates/" + NUMBER;

    @Test
    void theFormAsksForTheNumberAndOptionallyTheCodeByPost() throws Exception {
        var page = page(mvc.perform(get("/certificates/verify"))
                .andExpect(status().isOk())
                .andReturn());

        var form = page.selectFirst("main form");
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.attr("hx-post")).isEqualTo("/certificates/verify");
        assertThat(page.selectFirst("label[for=certificateNo]").text()).isEqualTo("证照编号（必填）");
        assertThat(page.selectFirst("label[for=code]").text()).isEqualTo("验证码（选填）");
        GATEWAY.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void theNumberWithItsCodeShowsTheContentItsStandingAndTheSignature() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo(API)).willReturn(json("certificate-content.json")));
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo(API + "/verify")).willReturn(json("certificate-verify.json")));

        var page = page(mvc.perform(check(" " + NUMBER + " ", " ab3cd5ef7h "))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(page.selectFirst("#result-heading").text()).isEqualTo("出版物零售单位设立审批");
        assertThat(page.selectFirst("#standing").text()).isEqualTo("有效");
        assertThat(page.selectFirst(".status-panel").text()).contains("本局签发的，目前有效");
        assertThat(page.selectFirst("#signature").text()).startsWith("电子签名核验通过");
        var content = page.selectFirst(".certificate-content");
        assertThat(content.selectFirst(".holder").text()).isEqualTo("李*");
        assertThat(content.text()).contains("示例省新闻出版广电局（示例数据）", "2026年3月20日", "2029年3月20日", "出版管理处、印刷发行处", "准予许可");
        GATEWAY.verify(getRequestedFor(urlPathEqualTo(API)).withQueryParam("code", equalTo("ab3cd5ef7h")));
        GATEWAY.verify(getRequestedFor(urlPathEqualTo(API + "/verify")));
    }

    @Test
    void aSignatureThatDoesNotVerifyIsSaidPlainly() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo(API))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody(json("certificate-content.json")
                                .build()
                                .getBody()
                                .replace("\"VALID\"", "\"INVALID\""))));
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo(API + "/verify"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"certificateNo\":\"" + NUMBER + "\",\"known\":true,\"signatureValid\":false,"
                                + "\"revoked\":false,\"expired\":false,\"valid\":false,"
                                + "\"reason\":\"the content is not what a trusted bureau key signed\"}")));

        var page = page(mvc.perform(check(NUMBER, "AB3CD5EF7H")).andReturn());

        assertThat(page.selectFirst("#standing").text()).isEqualTo("无效");
        assertThat(page.selectFirst("#signature").text()).startsWith("电子签名核验未通过");
        assertThat(page.text()).doesNotContain("trusted bureau key");
    }

    @Test
    void theNumberAloneTellsOnlyItsStanding() throws Exception {
        var revoked = "1.2.156.3005.2.XK00012000.11530000MB00000012X.00000017.1.3";
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/review/certificates/" + revoked))
                .willReturn(json("certificate-revoked.json")));

        var page =
                page(mvc.perform(check(revoked, "")).andExpect(status().isOk()).andReturn());

        assertThat(page.selectFirst("#standing").text()).isEqualTo("已撤销");
        assertThat(page.selectFirst(".status-panel").text()).contains("不再有效", "输入证照上的验证码");
        assertThat(page.select(".certificate-content, #signature")).isEmpty();
        GATEWAY.verify(getRequestedFor(urlPathEqualTo("/api/review/certificates/" + revoked))
                .withoutQueryParam("code"));
        GATEWAY.verify(0, getRequestedFor(urlPathEqualTo("/api/review/certificates/" + revoked + "/verify")));
    }

    @Test
    void aNumberInTheAddressIsCheckedForItsStandingAndNeverACode() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo(API)).willReturn(json("certificate-revoked.json")));

        var page = page(mvc.perform(get("/certificates/verify")
                        .param("certificateNo", NUMBER)
                        .param("code", "AB3CD5EF7H"))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(page.selectFirst("#standing").text()).isEqualTo("已撤销");
        GATEWAY.verify(getRequestedFor(urlPathEqualTo(API)).withoutQueryParam("code"));
    }

    @Test
    void aWrongNumberOrCodeIsOnePlainMessage() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo(API))
                .willReturn(aResponse()
                        .withStatus(404)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"urn:onewindow:problem:not-found\",\"status\":404,"
                                + "\"detail\":\"no certificate with this verification code\"}")));

        var page = page(mvc.perform(check(NUMBER, "WRONG23456"))
                .andExpect(status().isNotFound())
                .andReturn());

        assertThat(page.selectFirst("[role=alert]").text())
                .contains("没有查到", "核对证照编号和验证码", "12345")
                .doesNotContain("no certificate");
        assertThat(page.select(".certificate-result")).isEmpty();
    }

    @Test
    void tooManyTriesSaysToWaitFifteenMinutes() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo(API))
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":429}")));

        var page = page(mvc.perform(check(NUMBER, "WRONG23456"))
                .andExpect(status().isTooManyRequests())
                .andReturn());

        assertThat(page.selectFirst("[role=alert]").text()).contains("15分钟");
    }

    @Test
    void aMalformedNumberIsExplainedBesideTheFieldWithoutAskingTheService() throws Exception {
        var page = page(mvc.perform(check("1.2.156/../../admin", ""))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(page.selectFirst(".error-summary a").attr("href")).isEqualTo("#certificateNo");
        assertThat(page.selectFirst("#certificateNo-error").text()).contains("数字、字母和点");
        GATEWAY.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aGatewayThatIsDownGivesTheCalmPage() throws Exception {
        GATEWAY.stubFor(any(anyUrl()).willReturn(problem(503)));

        var page = page(mvc.perform(check(NUMBER, ""))
                .andExpect(status().isServiceUnavailable())
                .andReturn());

        assertThat(page.selectFirst("h1").text()).isEqualTo("服务暂时不可用");
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder check(
            String number, String code) {
        return post("/certificates/verify")
                .with(csrf())
                .param("certificateNo", number)
                .param("code", code);
    }
}
