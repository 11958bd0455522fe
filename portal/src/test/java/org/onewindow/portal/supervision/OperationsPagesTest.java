package org.onewindow.portal.supervision;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.onewindow.portal.FakeKeycloak.Person;
import org.onewindow.portal.PortalTestSupport;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Dead letters with 重新投递 and the provincial message log with 重新发送: the right POST, then back with what happened. */
class OperationsPagesTest extends PortalTestSupport {

    private static final String LETTERS = """
            {"items":[
              {"id":7,"consumerGroup":"review-applications","topic":"application.v1","partition":0,"offset":42,
               "key":"WC20260301000001","value":"{\\"applicant\\":\\"张三\\"}","correlationId":"c1",
               "exceptionClass":"org.onewindow.platform.messaging.MalformedEventException","exceptionMessage":"no itemCode",
               "deadLetteredAt":"2026-03-01T09:00:00+08:00","redrivenAt":null,"redrivenBy":null},
              {"id":6,"consumerGroup":"review-applications","topic":"application.v1","partition":0,"offset":40,
               "key":"WC20260228000009","value":"{}","correlationId":"c0",
               "exceptionClass":"java.lang.IllegalStateException","exceptionMessage":"boom",
               "deadLetteredAt":"2026-02-28T09:00:00+08:00","redrivenAt":"2026-02-28T10:00:00+08:00","redrivenBy":"supervisor"}],
             "page":0,"size":100,"total":2}
            """;

    private static final String EMPTY = "{\"items\":[],\"page\":0,\"size\":100,\"total\":0}";

    @Test
    void eachServicesDeadLettersAreListedAndOnlyTheOnesNotYetRedrivenHaveTheButton() throws Exception {
        GATEWAY.stubFor(get(urlPathEqualTo("/api/review/dead-letters")).willReturn(okJson(LETTERS)));
        GATEWAY.stubFor(get(urlPathEqualTo("/api/applications/dead-letters")).willReturn(okJson(EMPTY)));
        GATEWAY.stubFor(get(urlPathEqualTo("/api/disclosure/dead-letters")).willReturn(okJson(EMPTY)));
        GATEWAY.stubFor(get(urlPathEqualTo("/api/catalog/dead-letters"))
                .willReturn(aResponse().withStatus(503)));

        var page = page(mvc.perform(MockMvcRequestBuilders.get("/workbench/supervision/dead-letters")
                        .cookie(signInAs(Person.SUPERVISOR)))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(page.select("section.dead-letter-section").eachAttr("id"))
                .containsExactly("applications", "review", "disclosure", "catalog");
        assertThat(page.select("#review form").eachAttr("action"))
                .containsExactly("/workbench/supervision/dead-letters/review/7/redrive");
        assertThat(page.selectFirst("#review form button").text()).isEqualTo("重新投递");
        assertThat(page.selectFirst("#review form input[name=_csrf]")).isNotNull();
        assertThat(page.selectFirst("#review-letter-6").text()).contains("由supervisor重新投递");
        assertThat(page.selectFirst("#catalog").text()).contains("暂时无法读取");
        assertThat(page.text()).as("the record's content is not shown").doesNotContain("张三");
        // the cause in words, what to do about it, and the exception folded away for the developer
        assertThat(page.selectFirst("#review-letter-7 .letter-cause").text())
                .startsWith("消息内容无法读取")
                .contains("重新投递仍会失败");
        assertThat(page.selectFirst("#review-letter-6 .letter-cause").text()).startsWith("处理时出错");
        assertThat(page.selectFirst("#review-letter-7 details").text())
                .contains("技术细节", "MalformedEventException", "no itemCode");
    }

    @Test
    void redriveIsPostedToTheServiceAndConfirmedAfterARedirect() throws Exception {
        GATEWAY.stubFor(post(urlEqualTo("/api/review/dead-letters/7/redrive")).willReturn(okJson("{}")));

        var answer = mvc.perform(MockMvcRequestBuilders.post("/workbench/supervision/dead-letters/review/7/redrive")
                        .cookie(signInAs(Person.SUPERVISOR))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();

        GATEWAY.verify(postRequestedFor(urlEqualTo("/api/review/dead-letters/7/redrive")));
        assertThat(answer.getResponse().getRedirectedUrl()).isEqualTo("/workbench/supervision/dead-letters#review");
        assertThat(answer.getFlashMap().get("outcome")).isEqualTo("redriven");
    }

    @Test
    void aLetterRedrivenAlreadyIsSaidSoAndAnUnknownServiceIsNotAsked() throws Exception {
        GATEWAY.stubFor(post(urlEqualTo("/api/review/dead-letters/7/redrive"))
                .willReturn(aResponse()
                        .withStatus(409)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"urn:onewindow:problem:conflict\",\"status\":409}")));
        var session = signInAs(Person.SUPERVISOR);

        var answer = mvc.perform(MockMvcRequestBuilders.post("/workbench/supervision/dead-letters/review/7/redrive")
                        .cookie(session)
                        .with(csrf()))
                .andReturn();
        assertThat(answer.getFlashMap().get("outcome")).isEqualTo("already");

        mvc.perform(MockMvcRequestBuilders.post("/workbench/supervision/dead-letters/gateway/7/redrive")
                        .cookie(session)
                        .with(csrf()))
                .andExpect(status().isNotFound());
        GATEWAY.verify(0, postRequestedFor(urlEqualTo("/api/gateway/dead-letters/7/redrive")));
    }

    @Test
    void theProvincialLogOffersResendForFailedMessagesOnlyAndPostsIt() throws Exception {
        GATEWAY.stubFor(
                get(urlPathEqualTo("/api/applications/provincial/messages")).willReturn(okJson("""
                [{"messageId":"7d8c0f1e-0000-4000-8000-000000000001","caseNo":"WC20260301000001","exchangeCode":"ACC",
                  "state":"FAILED","attempts":8,"lastError":"HTTP 502","createdAt":"2026-03-01T09:00:00+08:00",
                  "nextAttemptAt":null,"sentAt":null,"bodySha256":"ab","attemptLog":[]},
                 {"messageId":"7d8c0f1e-0000-4000-8000-000000000002","caseNo":"WC20260301000002","exchangeCode":"ACC",
                  "state":"SENT","attempts":1,"lastError":null,"createdAt":"2026-03-01T09:00:00+08:00",
                  "nextAttemptAt":null,"sentAt":"2026-03-01T09:00:05+08:00","bodySha256":"cd","attemptLog":[]}]
                """)));
        GATEWAY.stubFor(
                post(urlEqualTo("/api/applications/provincial/messages/7d8c0f1e-0000-4000-8000-000000000001/resend"))
                        .willReturn(okJson("{}")));
        var session = signInAs(Person.SUPERVISOR);

        var page = page(mvc.perform(MockMvcRequestBuilders.get("/workbench/supervision/provincial")
                        .param("state", "FAILED")
                        .cookie(session))
                .andExpect(status().isOk())
                .andReturn());
        GATEWAY.verify(getRequestedFor(urlPathEqualTo("/api/applications/provincial/messages"))
                .withQueryParam("state", equalTo("FAILED")));
        assertThat(page.select("form").eachAttr("action"))
                .contains("/workbench/supervision/provincial/7d8c0f1e-0000-4000-8000-000000000001/resend")
                .noneMatch(action -> action.contains("000000000002"));
        assertThat(page.selectFirst("button.resend").text()).isEqualTo("重新发送");
        assertThat(page.selectFirst(".provincial-messages").text()).contains("发送失败", "已发送");

        var answer = mvc.perform(MockMvcRequestBuilders.post(
                                "/workbench/supervision/provincial/7d8c0f1e-0000-4000-8000-000000000001/resend")
                        .cookie(session)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        GATEWAY.verify(postRequestedFor(
                urlEqualTo("/api/applications/provincial/messages/7d8c0f1e-0000-4000-8000-000000000001/resend")));
        assertThat(answer.getResponse().getRedirectedUrl()).isEqualTo("/workbench/supervision/provincial");
        assertThat(answer.getFlashMap().get("outcome")).isEqualTo("resent");
        var after = page(mvc.perform(MockMvcRequestBuilders.get("/workbench/supervision/provincial")
                        .cookie(session)
                        .flashAttr("outcome", "resent"))
                .andReturn());
        assertThat(after.selectFirst(".outcome-panel").text()).isEqualTo("消息已重新排入发送队列，稍后会自动发送。");
    }
}
