package org.onewindow.portal.system;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.client.WireMock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.portal.FakeKeycloak;
import org.onewindow.portal.PortalTestSupport;

/** The access token stays on the server: sent to the gateway, refreshed there, and sign-in again when that fails. */
class TokenRefreshTest extends PortalTestSupport {

    @BeforeEach
    void applications() {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/applications")).willReturn(okJson("[]")));
    }

    @Test
    void theUserGatewaySendsTheSignedInPersonsAccessToken() throws Exception {
        var session = signIn("at-1", "rt-1", 300);

        mvc.perform(get("/my/cases").cookie(session)).andExpect(status().isOk());

        GATEWAY.verify(getRequestedFor(urlPathEqualTo("/api/applications"))
                .withHeader("Authorization", equalTo("Bearer at-1")));
        KEYCLOAK.server()
                .verify(
                        0,
                        postRequestedFor(urlPathEqualTo(FakeKeycloak.TOKEN))
                                .withRequestBody(containing("grant_type=refresh_token")));
    }

    @Test
    void anExpiredAccessTokenIsRefreshedOnTheServerAndKeptInTheSession() throws Exception {
        // ten seconds left: within the minute's margin, so it counts as expired
        var session = signIn("at-1", "rt-1", 10);
        KEYCLOAK.refreshes("rt-1", "at-2", "rt-2", 300);

        mvc.perform(get("/my/cases").cookie(session)).andExpect(status().isOk());
        mvc.perform(get("/my/cases").cookie(session)).andExpect(status().isOk());

        GATEWAY.verify(
                2,
                getRequestedFor(urlPathEqualTo("/api/applications"))
                        .withHeader("Authorization", equalTo("Bearer at-2")));
        GATEWAY.verify(
                0,
                getRequestedFor(urlPathEqualTo("/api/applications"))
                        .withHeader("Authorization", equalTo("Bearer at-1")));
        var refreshes = KEYCLOAK.server()
                .findAll(postRequestedFor(urlPathEqualTo(FakeKeycloak.TOKEN))
                        .withRequestBody(containing("grant_type=refresh_token")));
        assertThat(refreshes).hasSize(1);
        assertThat(refreshes.get(0).getBodyAsString()).contains("refresh_token=rt-1", "client_id=portal");
    }

    @Test
    void aRefreshKeycloakRefusesSendsToSignInAndBackToTheSamePage() throws Exception {
        var session = signIn("at-1", "rt-1", 10);
        KEYCLOAK.reset();
        KEYCLOAK.refusesRefresh();

        mvc.perform(get("/my/cases?status=SUBMITTED").cookie(session))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", "/oauth2/authorization/keycloak"));
        GATEWAY.verify(0, getRequestedFor(urlPathEqualTo("/api/applications")));

        var back = signIn(session, "at-3", "rt-3", 300);
        assertThat(back.getResponse().getRedirectedUrl()).isEqualTo("/my/cases?status=SUBMITTED");
        mvc.perform(get("/my/cases").cookie(back.getResponse().getCookie("SESSION")))
                .andExpect(status().isOk());
        GATEWAY.verify(getRequestedFor(urlPathEqualTo("/api/applications"))
                .withHeader("Authorization", equalTo("Bearer at-3")));
    }

    @Test
    void anHtmxRequestWhoseRefreshIsRefusedGetsHxRedirect() throws Exception {
        var session = signIn("at-1", "rt-1", 10);
        KEYCLOAK.refusesRefresh();

        mvc.perform(get("/my/cases").header("HX-Request", "true").cookie(session))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("HX-Redirect", "/oauth2/authorization/keycloak"));
    }

    @Test
    void aKeycloakThatDoesNotAnswerIsAnOutageNotASignOut() throws Exception {
        var session = signIn("at-1", "rt-1", 10);
        KEYCLOAK.isDown();

        var page = page(mvc.perform(get("/my/cases").cookie(session))
                .andExpect(status().isServiceUnavailable())
                .andReturn());

        assertThat(page.selectFirst("h1").text()).isEqualTo("服务暂时不可用");
    }

    @Test
    void aTokenTheApiNoLongerTakesSendsToSignInAgain() throws Exception {
        var session = signIn("at-1", "rt-1", 300);
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/applications"))
                .willReturn(
                        aResponse().withStatus(401).withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"")));

        mvc.perform(get("/my/cases").cookie(session))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", "/oauth2/authorization/keycloak"));
    }
}
