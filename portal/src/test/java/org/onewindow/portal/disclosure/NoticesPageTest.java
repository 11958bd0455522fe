package org.onewindow.portal.disclosure;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.client.WireMock;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.onewindow.portal.PortalTestSupport;

/** 通知公告: the list by kind, and one notice as written. */
class NoticesPageTest extends PortalTestSupport {

    static final String API = "/api/disclosure/notices";

    @Test
    void listsTheNoticesNewestFirstWithTheirKindAndDate() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo(API)).willReturn(json("disclosure-notices.json")));

        var page = page(mvc.perform(get("/disclosure/notices"))
                .andExpect(status().isOk())
                .andReturn());

        var items = page.select(".notice-list > li");
        assertThat(items).hasSize(2);
        assertThat(items.get(0).selectFirst("h3 a").attr("href")).isEqualTo("/disclosure/notices/2026-00012");
        assertThat(items.get(0).text()).contains("通知公告", "2026年3月30日");
        assertThat(items.get(1).text()).contains("政策文件", "示出发〔2026〕3号");
        assertThat(page.selectFirst(".nav-pills a[aria-current=page]").text()).isEqualTo("全部");
    }

    @Test
    void theKindFilterGoesToTheService() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo(API)).willReturn(json("disclosure-notices.json")));

        var page = page(
                mvc.perform(get("/disclosure/notices").param("kind", "POLICY")).andReturn());

        GATEWAY.verify(getRequestedFor(urlPathEqualTo(API)).withQueryParam("kind", equalTo("POLICY")));
        assertThat(page.selectFirst(".nav-pills a[aria-current=page]").text()).isEqualTo("政策文件");
    }

    @Test
    void oneNoticeIsShownAsWrittenAndNeverAsMarkup() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo(API + "/2026-00012")).willReturn(json("disclosure-notice.json")));

        var result = mvc.perform(get("/disclosure/notices/2026-00012"))
                .andExpect(status().isOk())
                .andReturn();
        var page = page(result);

        assertThat(page.selectFirst("h1").text()).isEqualTo("关于2026年清明节假期政务服务大厅办公时间的通知");
        assertThat(page.selectFirst(".notice-body").text()).contains("网上办事大厅照常受理", "<script>alert(1)</script>");
        assertThat(page.select("main script")).isEmpty();
        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain("<script>alert");
        assertThat(page.selectFirst(".breadcrumb [aria-current=page]").text()).isEqualTo("通知公告");
    }

    @Test
    void aNoticeThatIsNotThereIsTheCalmNotFoundPage() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo(API + "/2026-00099"))
                .willReturn(aResponse()
                        .withStatus(404)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":404,\"detail\":\"no notice 2026-00099\"}")));

        var page = page(mvc.perform(get("/disclosure/notices/2026-00099"))
                .andExpect(status().isNotFound())
                .andReturn());

        assertThat(page.selectFirst("h1").text()).isEqualTo("没有找到这个页面");
    }

    @Test
    void anAddressThatCannotBeANoticeIsNotFoundWithoutAskingTheService() throws Exception {
        mvc.perform(get("/disclosure/notices/latest")).andExpect(status().isNotFound());
        mvc.perform(get("/disclosure/notices/2026-00012x")).andExpect(status().isNotFound());

        GATEWAY.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aGatewayThatIsDownGivesTheCalmPage() throws Exception {
        GATEWAY.stubFor(any(anyUrl()).willReturn(problem(503)));

        mvc.perform(get("/disclosure/notices")).andExpect(status().isServiceUnavailable());
        mvc.perform(get("/disclosure/notices/2026-00012")).andExpect(status().isServiceUnavailable());
    }
}
