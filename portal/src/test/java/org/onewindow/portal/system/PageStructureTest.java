package org.onewindow.portal.system;

import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.github.tomakehurst.wiremock.client.WireMock;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.onewindow.portal.PortalTestSupport;

/** What every page shares: a skip link, one h1 and an outline, labels, no inline script or style. */
class PageStructureTest extends PortalTestSupport {

    @BeforeEach
    void catalog() {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/catalog/items")).willReturn(json("search-page-2.json")));
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/catalog/items/11530000MB00000012XK00012000001"))
                .willReturn(json("item-retail.json")));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/search?q=出版物",
                "/items/11530000MB00000012XK00012000001",
                "/items/11530000MB00000012XK00012000001/apply",
                "/progress",
                "/no/such/page"
            })
    void hasASkipLinkOneHeadingOneAndAnOutlineWithoutGaps(String path) throws Exception {
        var page = page(path);

        assertThat(page.selectFirst("body > a.skip-link").attr("href")).isEqualTo("#main");
        assertThat(page.select("main#main")).hasSize(1);
        assertThat(page.select("h1")).hasSize(1);
        int level = 1;
        for (Element heading : page.select("main h1, main h2, main h3, main h4, main h5, main h6")) {
            int next = Integer.parseInt(heading.tagName().substring(1));
            assertThat(next).as("%s after h%d", heading, level).isLessThanOrEqualTo(level + 1);
            level = next;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/search?q=出版物", "/items/11530000MB00000012XK00012000001"})
    void labelsEveryInput(String path) throws Exception {
        var page = page(path);

        for (Element input : page.select("input:not([type=hidden]), select, textarea")) {
            assertThat(input.id()).as("%s has an id", input).isNotBlank();
            assertThat(page.select("label[for=" + input.id() + "]"))
                    .as("label for %s", input)
                    .hasSize(1);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/search?q=出版物", "/items/11530000MB00000012XK00012000001", "/no/such/page"})
    void hasNoInlineScriptOrStyleForTheCspToRefuse(String path) throws Exception {
        var page = page(path);

        assertThat(page.select("script:not([src])")).isEmpty();
        assertThat(page.select("style")).isEmpty();
        assertThat(page.select("[style]")).isEmpty();
        assertThat(page.getAllElements().stream()
                        .flatMap(element -> element.attributes().asList().stream())
                        .filter(attribute -> attribute.getKey().startsWith("on")
                                || attribute.getKey().startsWith("hx-on")))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/search?q=出版物", "/items/11530000MB00000012XK00012000001"})
    void fitsAPhoneWithTheViewportSetAndNoFixedWidths(String path) throws Exception {
        var page = page(path);

        assertThat(page.selectFirst("meta[name=viewport]").attr("content")).contains("width=device-width");
        assertThat(page.select("[width], table")).isEmpty();
    }

    private Document page(String path) throws Exception {
        var request = get(path);
        if (path.contains("/apply")) {
            // online filing needs a signed-in person
            request.cookie(signIn());
        }
        return page(mvc.perform(request).andReturn());
    }
}
