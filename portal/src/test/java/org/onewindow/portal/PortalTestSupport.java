package org.onewindow.portal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * The portal with the gateway and Keycloak stood in by WireMock and its sessions in a real
 * PostgreSQL: one of each and one Spring context for every test class that extends this (same
 * configuration, so the context is cached). {@link #signIn()} signs the applicant 张三 in through
 * the real authorization code flow and returns her session cookie.
 */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class PortalTestSupport {

    protected static final WireMockServer GATEWAY =
            new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").http2PlainDisabled(true));

    protected static final FakeKeycloak KEYCLOAK = new FakeKeycloak();

    static {
        GATEWAY.start();
    }

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry registry) {
        registry.add("onewindow.gateway.uri", GATEWAY::baseUrl);
        registry.add("onewindow.keycloak.uri", KEYCLOAK::baseUrl);
        TestDatabase.register(registry);
        // short, so that the timeout test is quick; the real default is 5 s
        registry.add("spring.http.clients.read-timeout", () -> "1s");
        // each test stubs the catalog its own way (CatalogCacheTest tests the keeping)
        registry.add("onewindow.catalog.cache-ttl", () -> "0s");
    }

    @Autowired
    protected MockMvc mvc;

    @BeforeEach
    void forgetEarlierStubs() {
        GATEWAY.resetAll();
        KEYCLOAK.reset();
        // MockMvc's security support keeps the last request's signed-in context on the test thread
        TestSecurityContextHolder.clearContext();
    }

    /** Signs 张三 in (access token {@code at-1}, good for five minutes) and returns her session cookie. */
    protected Cookie signIn() throws Exception {
        return signIn("at-1", "rt-1", 300);
    }

    /**
     * Signs 张三 in as a browser would: the portal sends her to Keycloak, Keycloak sends her back
     * with a code, the portal exchanges it (with its PKCE verifier) for tokens it keeps in the
     * session. Returns the session cookie after sign-in (its id changed at sign-in).
     */
    protected Cookie signIn(String accessToken, String refreshToken, int expiresInSeconds) throws Exception {
        return signIn(null, accessToken, refreshToken, expiresInSeconds)
                .getResponse()
                .getCookie("SESSION");
    }

    /** The flow with a session that already exists ({@code session}, or none), returning the callback's answer. */
    protected MvcResult signIn(Cookie session, String accessToken, String refreshToken, int expiresInSeconds)
            throws Exception {
        var start = get("/oauth2/authorization/keycloak");
        if (session != null) {
            start.cookie(session);
        }
        var toKeycloak = mvc.perform(start).andReturn().getResponse();
        assertThat(toKeycloak.getStatus()).as("sent to Keycloak").isEqualTo(302);
        var cookie = toKeycloak.getCookie("SESSION") != null ? toKeycloak.getCookie("SESSION") : session;
        var authorization = query(toKeycloak.getRedirectedUrl());
        KEYCLOAK.issuesTokens(authorization.get("nonce"), accessToken, refreshToken, expiresInSeconds);
        var back = mvc.perform(get("/login/oauth2/code/keycloak")
                        .param("code", "code-from-keycloak")
                        .param("state", authorization.get("state"))
                        .cookie(cookie))
                .andReturn();
        assertThat(back.getResponse().getStatus()).as("signed in").isEqualTo(302);
        assertThat(back.getResponse().getRedirectedUrl()).doesNotContain("failed");
        return back;
    }

    /** Signs a member of staff (or anyone) in, as {@link #signIn()} does for 张三. */
    protected Cookie signInAs(FakeKeycloak.Person person) throws Exception {
        KEYCLOAK.signsInAs(person);
        return signIn();
    }

    /** The decoded query parameters of an address. */
    protected static Map<String, String> query(String url) {
        var parameters = new LinkedHashMap<String, String>();
        UriComponentsBuilder.fromUriString(url)
                .build()
                .getQueryParams()
                .forEach(
                        (name, values) -> parameters.put(name, UriUtils.decode(values.get(0), StandardCharsets.UTF_8)));
        return parameters;
    }

    /** A 200 JSON answer with a fixture from src/test/resources/gateway/. */
    protected static ResponseDefinitionBuilder json(String fixture) {
        try {
            var body = new ClassPathResource("gateway/" + fixture).getContentAsString(StandardCharsets.UTF_8);
            return aResponse().withHeader("Content-Type", "application/json").withBody(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected static ResponseDefinitionBuilder problem(int status) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":" + status + "}");
    }

    /** A JSON answer with this status and body. */
    protected static ResponseDefinitionBuilder jsonBody(int status, String body) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(body);
    }

    /** An RFC 9457 problem with this status and body. */
    protected static ResponseDefinitionBuilder problemBody(int status, String body) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/problem+json")
                .withBody(body);
    }

    protected static Document page(MvcResult result) throws IOException {
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
