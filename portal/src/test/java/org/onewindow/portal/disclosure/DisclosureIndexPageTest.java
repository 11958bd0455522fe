package org.onewindow.portal.disclosure;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.onewindow.portal.PortalTestSupport;

/** 信息公开: the way in, which works while the services are down. */
class DisclosureIndexPageTest extends PortalTestSupport {

    @Test
    void linksToEveryPublishedListEvenWhileTheGatewayIsDown() throws Exception {
        GATEWAY.stubFor(any(anyUrl()).willReturn(problem(503)));

        var page =
                page(mvc.perform(get("/disclosure")).andExpect(status().isOk()).andReturn());

        assertThat(page.selectFirst("h1").text()).isEqualTo("信息公开");
        assertThat(page.select("main .disclosure-links a").eachAttr("href"))
                .containsExactly(
                        "/disclosure/results",
                        "/disclosure/statistics",
                        "/disclosure/evaluations",
                        "/disclosure/corrections",
                        "/disclosure/notices",
                        "/complaints");
        assertThat(page.selectFirst("a[href=/disclosure/statistics]").text()).contains("办件统计");
        GATEWAY.verify(0, anyRequestedFor(anyUrl()));
    }
}
