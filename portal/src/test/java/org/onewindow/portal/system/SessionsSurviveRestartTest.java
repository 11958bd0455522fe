package org.onewindow.portal.system;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onewindow.localstack.Postgres;
import org.onewindow.portal.FakeKeycloak;
import org.onewindow.portal.PortalApplication;
import org.onewindow.portal.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Sessions live in PostgreSQL, not in the portal: a person signed in on one portal process is
 * still signed in (with her tokens) on the next, after a restart or on another instance. Two
 * application contexts, one after the other, on one real database, over real HTTP.
 */
class SessionsSurviveRestartTest {

    static final String DATABASE = "portal_restart";

    static final WireMockServer GATEWAY =
            new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    static FakeKeycloak keycloak;

    final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    ConfigurableApplicationContext portal;

    @BeforeAll
    static void standIns() {
        GATEWAY.start();
        keycloak = new FakeKeycloak();
        TestDatabase.postgres().createDatabases(java.util.List.of(DATABASE));
    }

    @AfterAll
    static void stopStandIns() {
        GATEWAY.stop();
        keycloak.server().stop();
    }

    @AfterEach
    void stopPortal() {
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    void aSessionSignedInOnOnePortalIsSignedInOnTheNext() throws Exception {
        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/applications")).willReturn(okJson("[]")));
        portal = start();
        var session = signIn(port(portal));
        assertThat(get(port(portal), "/my/cases", session).statusCode()).isEqualTo(200);
        portal.close();

        portal = start();
        var again = get(port(portal), "/my/cases", session);

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("您好，张三");
        GATEWAY.verify(
                2,
                getRequestedFor(urlPathEqualTo("/api/applications"))
                        .withHeader("Authorization", equalTo("Bearer at-1")));
    }

    @Test
    void aFreshSessionRepositoryOnTheSameDatabaseFindsTheSignedInPerson() throws Exception {
        portal = start();
        var session = signIn(port(portal));
        portal.close();
        portal = null;

        var dataSource = new DriverManagerDataSource(
                TestDatabase.postgres().jdbcUrl(DATABASE), Postgres.USER, Postgres.PASSWORD);
        var sessions = new JdbcIndexedSessionRepository(
                new JdbcTemplate(dataSource), new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
        var id = new String(Base64.getDecoder().decode(session), StandardCharsets.UTF_8);
        org.springframework.session.Session found = sessions.findById(id);

        assertThat(found).isNotNull();
        var context = (SecurityContext) found.getAttribute("SPRING_SECURITY_CONTEXT");
        assertThat(context.getAuthentication().getName()).isEqualTo(FakeKeycloak.SUBJECT);
        assertThat(sessions.findByPrincipalName(FakeKeycloak.SUBJECT)).containsKey(id);
    }

    @Test
    void anAnonymousReaderLeavesNoSessionInTheDatabase() throws Exception {
        portal = start();
        var jdbc = new JdbcTemplate(new DriverManagerDataSource(
                TestDatabase.postgres().jdbcUrl(DATABASE), Postgres.USER, Postgres.PASSWORD));
        var before = jdbc.queryForObject("select count(*) from spring_session", Long.class);

        GATEWAY.stubFor(WireMock.get(urlPathEqualTo("/api/catalog/items"))
                .willReturn(okJson("{\"items\":[],\"page\":0,\"size\":10,\"total\":0}")));

        for (var path : new String[] {"/", "/search?q=%E4%B9%A6", "/progress", "/no/such/page"}) {
            var page = get(port(portal), path, null);
            assertThat(page.statusCode()).as(path).isIn(200, 404);
            assertThat(page.headers().allValues("Set-Cookie"))
                    .as(path)
                    .noneMatch(cookie -> cookie.startsWith("SESSION="));
        }
        assertThat(jdbc.queryForObject("select count(*) from spring_session", Long.class))
                .isEqualTo(before);
    }

    private ConfigurableApplicationContext start() {
        // as arguments: they must win over application.yml's defaults, as the environment would
        return new SpringApplicationBuilder(PortalApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + TestDatabase.postgres().jdbcUrl(DATABASE),
                        "--spring.datasource.username=" + Postgres.USER,
                        "--spring.datasource.password=" + Postgres.PASSWORD,
                        "--onewindow.gateway.uri=" + GATEWAY.baseUrl(),
                        "--onewindow.keycloak.uri=" + keycloak.baseUrl());
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** The real flow over HTTP; returns the SESSION cookie's value after sign-in. */
    private String signIn(int port) throws Exception {
        var toKeycloak = get(port, "/oauth2/authorization/keycloak", null);
        assertThat(toKeycloak.statusCode()).isEqualTo(302);
        var first = cookie(toKeycloak);
        var authorization = UriComponentsBuilder.fromUriString(
                        toKeycloak.headers().firstValue("Location").orElseThrow())
                .build()
                .getQueryParams();
        keycloak.issuesTokens(authorization.getFirst("nonce"), "at-1", "rt-1", 300);
        var state = java.net.URLDecoder.decode(authorization.getFirst("state"), StandardCharsets.UTF_8);
        var back = get(
                port,
                "/login/oauth2/code/keycloak?code=the-code&state="
                        + java.net.URLEncoder.encode(state, StandardCharsets.UTF_8),
                first);
        assertThat(back.statusCode()).isEqualTo(302);
        assertThat(back.headers().firstValue("Location").orElseThrow()).doesNotContain("failed");
        return cookie(back);
    }

    private HttpResponse<String> get(int port, String path, String session) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "text/html");
        if (session != null) {
            request.header("Cookie", "SESSION=" + session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String cookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("SESSION="))
                // as a real Tomcat writes it: never readable by scripts, never sent by other sites' forms
                .peek(cookie -> assertThat(cookie).contains("HttpOnly", "SameSite=Lax"))
                .map(cookie -> cookie.substring("SESSION=".length(), cookie.indexOf(';')))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
    }
}
