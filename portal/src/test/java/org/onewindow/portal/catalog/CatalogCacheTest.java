package org.onewindow.portal.catalog;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.WireMock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.onewindow.portal.PortalTestSupport;
import org.onewindow.portal.system.GatewayUnavailableException;
import org.springframework.web.client.RestClient;

class CatalogCacheTest extends PortalTestSupport {

    static final String RETAIL = "11530000MB00000012XK00012000001";

    private final CatalogClient catalog =
            new CatalogClient(RestClient.create(GATEWAY.baseUrl()), Duration.ofSeconds(30));

    @Test
    void anItemAndASearchAreAskedForOnceWhileKept() {
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/catalog/items/" + RETAIL)).willReturn(json("item-retail.json")));
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/catalog/items")).willReturn(json("search-page-2.json")));
        var search = new SearchRequest("出版物", null, null, 1, 10);

        for (int i = 0; i < 3; i++) {
            assertThat(catalog.item(RETAIL)).isPresent();
            assertThat(catalog.search(search).total()).isPositive();
        }

        GATEWAY.verify(1, getRequestedFor(urlEqualTo("/api/catalog/items/" + RETAIL)));
        GATEWAY.verify(1, getRequestedFor(urlPathEqualTo("/api/catalog/items")));
    }

    @Test
    void neitherAnUnknownItemNorAFailureIsKept() {
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/catalog/items/" + RETAIL)).willReturn(problem(404)));
        assertThat(catalog.item(RETAIL)).isEmpty();
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/catalog/items/" + RETAIL)).willReturn(problem(503)));
        assertThatThrownBy(() -> catalog.item(RETAIL)).isInstanceOf(GatewayUnavailableException.class);

        // published meanwhile: the next visitor sees it at once
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/catalog/items/" + RETAIL)).willReturn(json("item-retail.json")));
        assertThat(catalog.item(RETAIL)).isPresent();
    }
}
