package org.onewindow.portal.mycases;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.github.tomakehurst.wiremock.client.WireMock;
import jakarta.servlet.http.Cookie;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.onewindow.portal.PortalTestSupport;

/** 我的办件's pages as every page: one h1 and an outline, a label for every input, no inline script or style. */
class MyCasesStructureTest extends PortalTestSupport {

    Cookie session;

    @BeforeEach
    void signedIn() throws Exception {
        session = signIn();
        // the version the case was made under
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/catalog/items/" + ApplicationJson.ITEM + "/versions/1"))
                .willReturn(json("item-retail.json")));
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/applications"))
                .willReturn(okJson("[" + ApplicationJson.at("COMPLETED").json() + "]")));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "SUPPLEMENT_REQUESTED",
                "ACCEPTED",
                "COMPLETED",
                "DENIED",
                "WITHDRAWN",
                "DRAFT",
                "list",
                "withdraw"
            })
    void isOutlinedLabelledAndFreeOfInlineScriptAndStyle(String which) throws Exception {
        var page = page(which);

        assertThat(page.select("h1")).hasSize(1);
        int level = 1;
        for (Element heading : page.select("main h1, main h2, main h3, main h4, main h5, main h6")) {
            int next = Integer.parseInt(heading.tagName().substring(1));
            assertThat(next).as("%s after h%d", heading, level).isLessThanOrEqualTo(level + 1);
            level = next;
        }
        for (Element input : page.select("input:not([type=hidden]), select, textarea")) {
            assertThat(input.id()).as("%s has an id", input).isNotBlank();
            assertThat(page.select("label[for=" + input.id() + "]"))
                    .as("label for %s", input)
                    .hasSize(1);
        }
        for (Element radio : page.select("input[type=radio]")) {
            assertThat(radio.parents().select("fieldset > legend"))
                    .as("%s in a fieldset with a legend", radio)
                    .isNotEmpty();
        }
        for (Element form : page.select("main form[method=post]")) {
            assertThat(form.select("input[name=_csrf]"))
                    .as("CSRF token in %s", form.id())
                    .hasSize(1);
        }
        assertThat(page.select("script:not([src]), style, [style]")).isEmpty();
    }

    private Document page(String which) throws Exception {
        if (which.equals("list")) {
            return page(mvc.perform(get("/my/cases").cookie(session)).andReturn());
        }
        var status = which.equals("withdraw") ? "ACCEPTED" : which;
        var application = ApplicationJson.at(status);
        if (status.equals("ACCEPTED")) {
            application.withGaps("2026-12-20", "identity-card");
        }
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/applications/" + ApplicationJson.ID))
                .willReturn(okJson(application.json())));
        var path = "/my/cases/" + ApplicationJson.ID + (which.equals("withdraw") ? "/withdraw" : "");
        return page(mvc.perform(get(path).cookie(session)).andReturn());
    }
}
