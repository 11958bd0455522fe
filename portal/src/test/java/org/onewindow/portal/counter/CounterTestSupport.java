package org.onewindow.portal.counter;

import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.github.tomakehurst.wiremock.client.WireMock;
import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.onewindow.portal.ApplicationFixture;
import org.onewindow.portal.FakeKeycloak.Person;
import org.onewindow.portal.PortalTestSupport;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The counter against a WireMock gateway, as the clerk 刘敏 signed in through the real sign-in flow
 * (her access token {@code at-1} is what the gateway is sent).
 */
abstract class CounterTestSupport extends PortalTestSupport {

    /** Seed item 01 (catalog-service's seed, copied): 个人 and 法人, a number, a choice, 容缺 materials. */
    static final String RETAIL = "11530000MB00000012XK00012000001";

    static final UUID ID = UUID.fromString("0c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e");
    static final String BASE = "/workbench/counter/" + ID;
    static final String CASE_NO = RETAIL + "202603150069";
    static final String QUERY_CODE = "K7M2Q9TX";
    static final String BEARER = "Bearer at-1";

    Cookie clerk;

    @BeforeEach
    void clerkSignedIn() throws Exception {
        clerk = signInAs(Person.CLERK);
    }

    static void item() {
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/catalog/items/" + RETAIL))
                .willReturn(json("filing/item-retail-seed.json")));
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/catalog/items/" + RETAIL + "/versions/1"))
                .willReturn(json("filing/item-retail-seed.json")));
    }

    /** GET /api/applications/{ID} answers the counter case of 张三, as the API shows it to the clerk. */
    static void application(String status, String form, String materials) {
        GATEWAY.stubFor(WireMock.get(urlEqualTo("/api/applications/" + ID))
                .willReturn(jsonBody(200, applicationJson(status, form, materials))));
    }

    static String applicationJson(String status, String form, String materials) {
        return ApplicationFixture.json(ID, CASE_NO, RETAIL, "WINDOW", status, form, materials);
    }

    MvcResult perform(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.cookie(clerk)).andReturn();
    }

    Document getPage(String path) throws Exception {
        return page(perform(get(path)));
    }

    MockHttpServletRequestBuilder posting(String path) {
        return post(path).with(csrf());
    }
}
