package org.onewindow.portal.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.onewindow.portal.PortalTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

class StaticAssetsTest extends PortalTestSupport {

    @Autowired
    ResourceUrlProvider assets;

    @Test
    void onlyAssetLinksAreLookedUpAsFiles() {
        // every @{...} link of a page passes through here; a page link under a /** asset pattern
        // was searched for in the class path on every render, and that was most of a page's CPU
        assertThat(assets.getHandlerMap()).containsOnlyKeys("/assets/**", "/webjars/**");
        assertThat(assets.getForLookupPath("/items/11530000MB00000012XK00012000001"))
                .isNull();
        assertThat(assets.getForLookupPath("/assets/css/portal.css")).matches("/assets/css/portal-[0-9a-f]{32}\\.css");
    }

    @Test
    void pagesReferToFingerprintedAssets() throws Exception {
        var page = page(mvc.perform(get("/")).andReturn());

        assertThat(page.select("link[rel=stylesheet]").eachAttr("href"))
                .anySatisfy(href -> assertThat(href)
                        .matches("/webjars/bootstrap/5\\.3\\.8/dist/css/bootstrap\\.min-[0-9a-f]{32}\\.css"))
                .anySatisfy(href -> assertThat(href).matches("/assets/css/portal-[0-9a-f]{32}\\.css"));
        assertThat(page.select("script[src]").eachAttr("src"))
                .singleElement()
                .satisfies(src ->
                        assertThat(src).matches("/webjars/htmx\\.org/2\\.0\\.10/dist/htmx\\.min-[0-9a-f]{32}\\.js"));
    }

    @Test
    void aFingerprintedAssetIsServedAndCachedForAYear() throws Exception {
        var page = page(mvc.perform(get("/")).andReturn());
        var portalCss = page.select("link[rel=stylesheet]").eachAttr("href").stream()
                .filter(href -> href.startsWith("/assets/css/portal-"))
                .findFirst()
                .orElseThrow();

        var response = mvc.perform(get(portalCss))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();

        assertThat(response.getContentType()).startsWith("text/css");
        assertThat(response.getHeader("Cache-Control")).contains("max-age=31536000", "public");
        assertThat(response.getContentAsString()).contains("body.elder");
    }

    @Test
    void aWebjarIsServedUnderItsFingerprintToo() throws Exception {
        var page = page(mvc.perform(get("/")).andReturn());
        var htmx = page.selectFirst("script[src]").attr("src");

        var response =
                mvc.perform(get(htmx)).andExpect(status().isOk()).andReturn().getResponse();

        assertThat(response.getHeader("Cache-Control")).contains("max-age=31536000");
        assertThat(response.getContentAsByteArray()).hasSizeGreaterThan(10_000);
    }
}
