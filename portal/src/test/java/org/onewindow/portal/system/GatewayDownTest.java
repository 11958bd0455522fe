package org.onewindow.portal.system;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.onewindow.portal.PortalTestSupport;
import org.springframework.test.web.servlet.MvcResult;

class GatewayDownTest extends PortalTestSupport {

    @Test
    void aGatewayThatDoesNotAnswerGivesTheCalmPageWith503() throws Exception {
        GATEWAY.stubFor(any(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        var result = mvc.perform(get("/search").param("q", "出版物"))
                .andExpect(status().isServiceUnavailable())
                .andReturn();

        assertCalm(result);
    }

    @Test
    void aServiceThatIsDownBehindTheGatewayGivesTheSameCalmPage() throws Exception {
        // the gateway's circuit-breaker fallback answers 503 for a service that is down
        GATEWAY.stubFor(any(anyUrl()).willReturn(problem(503)));

        var result = mvc.perform(get("/items/11530000MB00000012XK00012000001"))
                .andExpect(status().isServiceUnavailable())
                .andReturn();

        assertCalm(result);
    }

    @Test
    void aGatewayThatHangsIsGivenUpOnAfterTheReadTimeout() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/catalog/items"))
                .willReturn(json("search-empty.json").withFixedDelay(3_000)));

        long started = System.nanoTime();
        var result = mvc.perform(get("/search"))
                .andExpect(status().isServiceUnavailable())
                .andReturn();

        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(2_800);
        assertCalm(result);
    }

    @Test
    void anHtmxSearchWhileDownPutsTheCalmWordsInPlaceOfTheMainContent() throws Exception {
        GATEWAY.stubFor(any(anyUrl()).willReturn(problem(503)));

        var result = mvc.perform(get("/search").header("HX-Request", "true"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("HX-Retarget", "#main"))
                .andExpect(header().string("HX-Reswap", "innerHTML"))
                .andExpect(header().string("HX-Push-Url", "false"))
                .andReturn();

        var body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).doesNotContain("<html", "<header").contains("服务暂时不可用");
    }

    @Test
    void anAddressThatDoesNotExistGetsTheCalmNotFoundPage() throws Exception {
        var page = page(mvc.perform(get("/no/such/page"))
                .andExpect(status().isNotFound())
                .andReturn());

        assertThat(page.selectFirst("h1").text()).isEqualTo("没有找到这个页面");
        assertThat(page.text()).doesNotContain("Whitelabel", "No static resource");
    }

    @Test
    void failuresThatReachTheErrorPageGetACalmViewNeverTheFrameworkOne() {
        var views = new ErrorViews();

        assertThat(views.resolveErrorView(null, org.springframework.http.HttpStatus.INTERNAL_SERVER_ERROR, null)
                        .getViewName())
                .isEqualTo("system/unavailable");
        assertThat(views.resolveErrorView(null, org.springframework.http.HttpStatus.NOT_FOUND, null)
                        .getViewName())
                .isEqualTo("system/not-found");
        assertThat(views.resolveErrorView(null, org.springframework.http.HttpStatus.METHOD_NOT_ALLOWED, null)
                        .getViewName())
                .isEqualTo("system/bad-request");
    }

    private static void assertCalm(MvcResult result) throws Exception {
        Document page = page(result);
        assertThat(page.selectFirst("h1").text()).isEqualTo("服务暂时不可用");
        var main = page.selectFirst("main").text();
        assertThat(main).contains("仍然可以使用", "12345", "政务服务大厅");
        var body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).doesNotContain("Exception", "at org.", "Whitelabel", "Service Unavailable", "trace");
    }
}
