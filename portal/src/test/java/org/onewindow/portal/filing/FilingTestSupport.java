package org.onewindow.portal.filing;

import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.github.tomakehurst.wiremock.client.WireMock;
import java.util.Optional;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.onewindow.portal.ApplicationFixture;
import org.onewindow.portal.PortalTestSupport;
import org.onewindow.portal.system.AccessTokens;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Filing against a WireMock gateway, as 张三 signed in (oidcLogin, so the tests hold once login
 * guards /items/{code}/apply/**), with "test-token" as her access token.
 */
abstract class FilingTestSupport extends PortalTestSupport {

    /** Seed item 01 (catalog-service's seed, copied): 个人 and 法人, a number, a choice, 容缺 materials. */
    static final String RETAIL = "11530000MB00000012XK00012000001";
    /** Seed item 05: 法人 only, a list of choices, yes/no fields, whole numbers. */
    static final String PROGRAMME = "11530000MB00000012XK00031000001";

    static final UUID ID = UUID.fromString("6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b");
    static final String CASE_NO = RETAIL + "202603150068";

    @MockitoBean
    AccessTokens accessTokens;

    @BeforeEach
    void signedIn() {
        when(accessTokens.current()).thenReturn(Optional.of("test-token"));
    }

    static RequestPostProcessor zhangSan() {
        return oidcLogin().idToken(token -> token.claim("name", "张三"));
    }

    static String base(String code) {
        return "/items/" + code + "/apply/" + ID;
    }

    static void item(String code, String fixture) {
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/catalog/items/" + code)).willReturn(json("filing/" + fixture)));
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/catalog/items/" + code + "/versions/1"))
                .willReturn(json("filing/" + fixture)));
    }

    /** GET /api/applications/{ID} answers this application. */
    static void application(String code, String status, String form, String materials) {
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/applications/" + ID))
                .willReturn(jsonBody(200, applicationJson(code, status, form, materials))));
    }

    static void draft(String code, String form) {
        application(code, "DRAFT", form, "[]");
    }

    static String applicationJson(String code, String status, String form, String materials) {
        return ApplicationFixture.json(ID, CASE_NO, code, "ONLINE", status, form, materials);
    }

    Document getPage(String path) throws Exception {
        return page(mvc.perform(get(path).with(zhangSan())).andReturn());
    }

    static String text(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
