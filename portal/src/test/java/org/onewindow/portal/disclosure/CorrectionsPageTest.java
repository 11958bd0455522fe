package org.onewindow.portal.disclosure;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.client.WireMock;
import org.junit.jupiter.api.Test;
import org.onewindow.portal.PortalTestSupport;

/** 曝光纠错栏目: published answers, paged. */
class CorrectionsPageTest extends PortalTestSupport {

    static final String API = "/api/disclosure/corrections";

    @Test
    void showsEachPublishedAnswerWithWhatItWasAbout() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo(API)).willReturn(json("disclosure-corrections.json")));

        var page = page(mvc.perform(get("/disclosure/corrections"))
                .andExpect(status().isOk())
                .andReturn());

        var items = page.select(".correction-list > li");
        assertThat(items.eachText()).hasSize(2);
        assertThat(items.get(0).selectFirst("h3").text()).isEqualTo("窗口排队时间过长");
        assertThat(items.get(0).text()).contains("投诉", "涉及部门：政务服务大厅", "反映日期：2026年3月16日", "答复日期：2026年3月20日", "已调整排班");
        assertThat(items.get(1).text()).contains("举报", "印刷发行处");
        assertThat(page.select(".pager a")).isEmpty();
        GATEWAY.verify(getRequestedFor(urlPathEqualTo(API))
                .withQueryParam("page", equalTo("0"))
                .withQueryParam("size", equalTo("10")));
    }

    @Test
    void aFullPageOffersTheNextAndTheSecondPageAsksForIt() throws Exception {
        var ten = new StringBuilder("[");
        for (int i = 0; i < 10; i++) {
            ten.append(i == 0 ? "" : ",")
                    .append("{\"ticket\":\"TS2026031600%04d\",\"kind\":\"COMPLAINT\",\"department\":null,".formatted(i))
                    .append("\"subject\":\"问题")
                    .append(i)
                    .append("\",\"answer\":\"已整改\",\"filedOn\":\"2026-03-01\",\"answeredOn\":\"2026-03-05\"}");
        }
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo(API))
                .willReturn(WireMock.okJson(ten.append("]").toString())));

        var page = page(
                mvc.perform(get("/disclosure/corrections").param("page", "2")).andReturn());

        assertThat(page.select(".correction-list > li")).hasSize(10);
        assertThat(page.selectFirst(".pager a[rel=next]").attr("href")).isEqualTo("/disclosure/corrections?page=3");
        assertThat(page.selectFirst(".pager a[rel=prev]").attr("href")).isEqualTo("/disclosure/corrections");
        GATEWAY.verify(getRequestedFor(urlPathEqualTo(API)).withQueryParam("page", equalTo("1")));
    }

    @Test
    void nothingPublishedYetIsSaid() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo(API)).willReturn(WireMock.okJson("[]")));

        var page = page(mvc.perform(get("/disclosure/corrections")).andReturn());

        assertThat(page.selectFirst("main").text()).contains("暂时没有公开的内容");
    }

    @Test
    void aGatewayThatIsDownGivesTheCalmPage() throws Exception {
        GATEWAY.stubFor(any(anyUrl()).willReturn(problem(503)));

        mvc.perform(get("/disclosure/corrections")).andExpect(status().isServiceUnavailable());
    }
}
