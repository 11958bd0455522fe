package org.onewindow.portal.system;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.client.WireMock;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.onewindow.portal.FakeKeycloak;
import org.onewindow.portal.PortalTestSupport;

class SignInTest extends PortalTestSupport {

    static final String SIGN_IN = "/oauth2/authorization/keycloak";

    @Test
    void signingInGoesToKeycloakWithPkceAndAReturnAddressOnTheForwardedHost() throws Exception {
        var response = mvc.perform(get(SIGN_IN)
                        .header("X-Forwarded-Host", "zwfw.example.gov.cn")
                        .header("X-Forwarded-Port", "443")
                        .header("X-Forwarded-Proto", "https"))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse();

        var location = response.getRedirectedUrl();
        assertThat(location).startsWith(KEYCLOAK.baseUrl() + "/realms/onewindow/protocol/openid-connect/auth?");
        var parameters = query(location);
        assertThat(parameters)
                .containsEntry("response_type", "code")
                .containsEntry("client_id", "portal")
                .containsEntry("scope", "openid")
                .containsEntry("code_challenge_method", "S256")
                .containsEntry("redirect_uri", "https://zwfw.example.gov.cn/login/oauth2/code/keycloak")
                .containsKeys("state", "nonce");
        assertThat(parameters.get("code_challenge")).matches("[A-Za-z0-9_-]{43}");
    }

    @Test
    void behindTheLocalGatewayTheReturnAddressIsTheGateways() throws Exception {
        var location = mvc.perform(get(SIGN_IN)
                        .header("X-Forwarded-Host", "localhost:8080")
                        .header("X-Forwarded-Proto", "http"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        assertThat(query(location)).containsEntry("redirect_uri", "http://localhost:8080/login/oauth2/code/keycloak");
    }

    @Test
    void theCodeIsExchangedWithTheVerifierOfItsChallengeAndNoSecret() throws Exception {
        var toKeycloak = mvc.perform(get(SIGN_IN)).andReturn().getResponse();
        var authorization = query(toKeycloak.getRedirectedUrl());
        KEYCLOAK.issuesTokens(authorization.get("nonce"), "at-1", "rt-1", 300);

        mvc.perform(get("/login/oauth2/code/keycloak")
                        .param("code", "the-code")
                        .param("state", authorization.get("state"))
                        .cookie(toKeycloak.getCookie("SESSION")))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", "/"));

        var exchange = KEYCLOAK.server()
                .findAll(postRequestedFor(urlPathEqualTo(FakeKeycloak.TOKEN)))
                .get(0)
                .getBodyAsString();
        var form = query("/?" + exchange);
        assertThat(form)
                .containsEntry("grant_type", "authorization_code")
                .containsEntry("code", "the-code")
                .containsEntry("client_id", "portal")
                .doesNotContainKey("client_secret");
        var challenge = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(MessageDigest.getInstance("SHA-256")
                        .digest(form.get("code_verifier").getBytes(StandardCharsets.US_ASCII)));
        assertThat(challenge).isEqualTo(authorization.get("code_challenge"));
    }

    @Test
    void anIdTokenThatIsNotKeycloaksIsRefused() throws Exception {
        var toKeycloak = mvc.perform(get(SIGN_IN)).andReturn().getResponse();
        var authorization = query(toKeycloak.getRedirectedUrl());
        // the nonce of another sign-in: a replayed ID token
        KEYCLOAK.issuesTokens("someone-elses-nonce", "at-1", "rt-1", 300);

        mvc.perform(get("/login/oauth2/code/keycloak")
                        .param("code", "the-code")
                        .param("state", authorization.get("state"))
                        .cookie(toKeycloak.getCookie("SESSION")))
                .andExpect(header().string("Location", "/sign-in/failed"));
    }

    @Test
    void aProtectedPageWithoutASessionSendsToSignInAndBackToThatPage() throws Exception {
        // the query in the address: MockMvc's param() would leave the query string empty
        var refused = mvc.perform(get("/my/cases?status=COMPLETED"))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", SIGN_IN))
                .andReturn()
                .getResponse();

        var back = signIn(refused.getCookie("SESSION"), "at-1", "rt-1", 300);

        assertThat(back.getResponse().getRedirectedUrl()).isEqualTo("/my/cases?status=COMPLETED");
    }

    @Test
    void onlineFilingNeedsSigningInToo() throws Exception {
        mvc.perform(get("/items/11530000MB00000012XK00012000001/apply"))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", SIGN_IN));
        mvc.perform(get("/items/11530000MB00000012XK00012000001/apply/form"))
                .andExpect(header().string("Location", SIGN_IN));
    }

    @Test
    void anHtmxRequestGetsHxRedirectAndComesBackToThePageItCameFrom() throws Exception {
        var refused = mvc.perform(get("/my/cases?status=DRAFT")
                        .header("HX-Request", "true")
                        .header("HX-Current-URL", "http://localhost/my/cases?page=2"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("HX-Redirect", SIGN_IN))
                .andExpect(header().doesNotExist("Location"))
                .andReturn()
                .getResponse();

        var back = signIn(refused.getCookie("SESSION"), "at-1", "rt-1", 300);

        assertThat(back.getResponse().getRedirectedUrl()).isEqualTo("/my/cases?page=2");
    }

    @Test
    void theHeadersSignInLinkComesBackToThePageItWasOn() throws Exception {
        // the layout's link carries the page's address as the browser sent it, percent-encoded
        var start = mvc.perform(get("/sign-in").param("return", "/search?q=%E5%87%BA%E7%89%88%E7%89%A9"))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", SIGN_IN))
                .andReturn()
                .getResponse();

        var back = signIn(start.getCookie("SESSION"), "at-1", "rt-1", 300);

        assertThat(back.getResponse().getRedirectedUrl()).isEqualTo("/search?q=%E5%87%BA%E7%89%88%E7%89%A9");
    }

    @Test
    void aReturnAddressOnAnotherSiteIsNotFollowed() throws Exception {
        var start = mvc.perform(get("/sign-in").param("return", "//evil.example/phish"))
                .andReturn()
                .getResponse();

        var back = signIn(start.getCookie("SESSION"), "at-1", "rt-1", 300);

        assertThat(back.getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void publicPagesOfferSignIn() throws Exception {
        // that they open no session is checked on a real server (SessionsSurviveRestartTest):
        // MockMvc's csrf() swaps in a token store that keeps the token in a session
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/catalog/items")).willReturn(json("search-empty.json")));
        for (var path : new String[] {"/", "/search?q=书", "/progress"}) {
            var response = mvc.perform(get(path))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse();
            var page = org.jsoup.Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
            assertThat(page.selectFirst("header a.sign-in").text()).isEqualTo("登录");
            assertThat(page.select("header form.sign-out")).isEmpty();
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        var cookie = mvc.perform(get(SIGN_IN)).andReturn().getResponse().getHeader("Set-Cookie");

        assertThat(cookie).startsWith("SESSION=").contains("HttpOnly", "SameSite=Lax", "Path=/");
        // plain HTTP on localhost: not Secure (a deployment turns it on, see DeploymentSettingsTest)
        assertThat(cookie).doesNotContain("Secure");
    }

    @Test
    void signingInGivesANewSessionId() throws Exception {
        var before = mvc.perform(get(SIGN_IN)).andReturn().getResponse().getCookie("SESSION");

        var after = signIn(before, "at-1", "rt-1", 300).getResponse().getCookie("SESSION");

        assertThat(after).isNotNull();
        assertThat(after.getValue()).isNotEqualTo(before.getValue());
    }

    @Test
    void signingOutEndsTheKeycloakSessionAndThePortalsAndGoesHome() throws Exception {
        var session = signIn();

        var location = mvc.perform(post("/logout").cookie(session).with(csrf()))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        assertThat(location).startsWith(KEYCLOAK.baseUrl() + "/realms/onewindow/protocol/openid-connect/logout?");
        assertThat(query(location))
                .containsKey("id_token_hint")
                .containsEntry("post_logout_redirect_uri", "http://localhost/");
        mvc.perform(get("/my/cases").cookie(session))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", SIGN_IN));
    }

    @Test
    void signingOutNeedsItsCsrfToken() throws Exception {
        var session = signIn();
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/applications")).willReturn(okJson("[]")));

        mvc.perform(post("/logout").cookie(session)).andExpect(status().isForbidden());

        mvc.perform(get("/my/cases").cookie(session)).andExpect(status().isOk());
    }

    @Test
    void aSignInCancelledAtKeycloakEndsOnACalmPage() throws Exception {
        var toKeycloak = mvc.perform(get(SIGN_IN)).andReturn().getResponse();
        var state = query(toKeycloak.getRedirectedUrl()).get("state");

        mvc.perform(get("/login/oauth2/code/keycloak")
                        .param("error", "access_denied")
                        .param("state", state)
                        .cookie(toKeycloak.getCookie("SESSION")))
                .andExpect(header().string("Location", "/sign-in/failed"));
        var page = page(
                mvc.perform(get("/sign-in/failed")).andExpect(status().isOk()).andReturn());

        assertThat(page.selectFirst("h1").text()).isEqualTo("登录没有完成");
        assertThat(page.selectFirst("main a.btn-primary").attr("href")).startsWith("/sign-in?return=");
        KEYCLOAK.server()
                .verify(0, postRequestedFor(urlPathEqualTo(FakeKeycloak.TOKEN)).withRequestBody(containing("code")));
    }
}
