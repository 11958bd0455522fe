package org.onewindow.portal.catalogadmin;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.onewindow.portal.FakeKeycloak.Person;
import org.onewindow.portal.PortalTestSupport;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The catalog admin signed in, and the catalog's answers about 出版物零售单位设立审批. */
abstract class CatalogAdminTestSupport extends PortalTestSupport {

    static final String CODE = "11530000MB00000012XK00012000001";
    static final String ITEM = "/api/catalog/items/" + CODE;
    static final String EDITOR = "/workbench/catalog/" + CODE + "/draft";

    Cookie admin;

    @BeforeEach
    void signInTheCatalogAdmin() throws Exception {
        admin = signInAs(Person.CATALOG_ADMIN);
    }

    static void stubItem() {
        GATEWAY.stubFor(get(urlEqualTo(ITEM + "/draft")).willReturn(json("catalogadmin/draft.json")));
        GATEWAY.stubFor(get(urlEqualTo(ITEM + "/versions/1")).willReturn(json("catalogadmin/version-1.json")));
        GATEWAY.stubFor(get(urlEqualTo(ITEM + "/versions/2")).willReturn(json("catalogadmin/version-2.json")));
        GATEWAY.stubFor(get(urlEqualTo(ITEM + "/versions"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("[{\"version\":1,\"publishedAt\":\"2026-10-08T10:00:00+08:00\"},"
                                + "{\"version\":2,\"publishedAt\":\"2026-11-30T10:00:00+08:00\"}]")));
    }

    static void stubList() {
        GATEWAY.stubFor(get(urlPathEqualTo("/api/catalog/items"))
                .withQueryParam("status", equalTo(""))
                .willReturn(json("catalogadmin/list.json")));
    }

    Document open(String path) throws Exception {
        return page(mvc.perform(MockMvcRequestBuilders.get(path).cookie(admin)).andReturn());
    }

    MockHttpServletRequestBuilder postAs(String path) {
        return post(path).cookie(admin).with(csrf());
    }

    /** The editor's form as the browser would post it: every input's name and value, and the button pressed. */
    MockHttpServletRequestBuilder submit(Document editor, String action) {
        var request = postAs(editor.selectFirst("form.item-editor").attr("action"));
        for (var input : editor.select("form.item-editor input, form.item-editor textarea, form.item-editor select")) {
            if (input.hasAttr("disabled")
                    || input.parents().is("fieldset[disabled]")
                    || input.attr("name").isEmpty()) {
                continue;
            }
            var type = input.attr("type");
            if (type.equals("checkbox") && !input.hasAttr("checked")) {
                continue;
            }
            if (input.tagName().equals("select")) {
                var selected = input.selectFirst("option[selected]");
                request.param(input.attr("name"), selected == null ? "" : selected.attr("value"));
            } else if (input.tagName().equals("textarea")) {
                request.param(input.attr("name"), input.wholeText());
            } else {
                request.param(input.attr("name"), input.attr("value"));
            }
        }
        return request.param("action", action);
    }

    static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
