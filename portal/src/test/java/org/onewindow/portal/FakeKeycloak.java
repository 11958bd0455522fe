package org.onewindow.portal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;

/**
 * Keycloak's stand-in: a real HTTP server with the realm's token endpoint and signing keys, issuing
 * ID tokens signed with a key of its own, as Keycloak would for the dev realm's applicant 张三.
 */
public final class FakeKeycloak {

    public static final String REALM_PATH = "/realms/onewindow/protocol/openid-connect";
    public static final String TOKEN = REALM_PATH + "/token";
    public static final String CERTS = REALM_PATH + "/certs";
    public static final String SUBJECT = "0b6f3c52-6f2e-4a7e-9d0c-6a1f2c3d4e5f";
    public static final String NAME = "张三";
    /** In the fake ID token on purpose: the portal must never show it. */
    public static final String ID_NUMBER = "530102198805120033";

    private final WireMockServer server =
            new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    private final RSAKey key;

    public FakeKeycloak() {
        server.start();
        try {
            key = new RSAKeyGenerator(2048).keyID("portal-test").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        reset();
    }

    public WireMockServer server() {
        return server;
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    public String issuer() {
        return baseUrl() + "/realms/onewindow";
    }

    /** Who signs in next: 张三 the applicant unless a test names a member of staff. */
    private Person next = Person.APPLICANT;

    /** Forgets earlier tokens and the person; serves the signing keys. */
    public void reset() {
        next = Person.APPLICANT;
        server.resetAll();
        server.stubFor(get(urlPathEqualTo(CERTS)).willReturn(okJson(new JWKSet(key.toPublicJWK()).toString())));
    }

    /** The next sign-in is this person's: her ID token carries her name, department and roles. */
    public void signsInAs(Person person) {
        next = person;
    }

    /** The answer to the code exchange: an ID token carrying {@code nonce}, and the two tokens. */
    public void issuesTokens(String nonce, String accessToken, String refreshToken, int expiresInSeconds) {
        server.stubFor(post(urlPathEqualTo(TOKEN))
                .withRequestBody(containing("grant_type=authorization_code"))
                .willReturn(okJson(tokens(accessToken, refreshToken, expiresInSeconds, idToken(nonce)))));
    }

    /** A refresh of {@code refreshToken} succeeds with new tokens. */
    public void refreshes(String refreshToken, String accessToken, String newRefreshToken, int expiresInSeconds) {
        server.stubFor(post(urlPathEqualTo(TOKEN))
                .withRequestBody(containing("grant_type=refresh_token"))
                .withRequestBody(containing("refresh_token=" + refreshToken))
                .willReturn(okJson(tokens(accessToken, newRefreshToken, expiresInSeconds, null))));
    }

    /** The refresh token is no longer good (expired, or the person signed out elsewhere). */
    public void refusesRefresh() {
        server.stubFor(post(urlPathEqualTo(TOKEN))
                .withRequestBody(containing("grant_type=refresh_token"))
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":\"invalid_grant\",\"error_description\":\"Token is not active\"}")));
    }

    /** Keycloak does not answer at all. */
    public void isDown() {
        server.stubFor(post(urlPathEqualTo(TOKEN)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }

    String idToken(String nonce) {
        var now = Instant.now();
        var claims = new JWTClaimsSet.Builder()
                .issuer(issuer())
                .subject(SUBJECT)
                .audience("portal")
                .claim("azp", "portal")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .claim("nonce", nonce)
                .claim("name", next.name())
                .claim("preferred_username", next.username())
                .claim("roles", next.roles());
        if (next.department() != null) {
            claims.claim("department", next.department());
        } else {
            claims.claim("id_number", ID_NUMBER);
        }
        var signed = claims.build();
        var jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), signed);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static String tokens(String accessToken, String refreshToken, int expiresIn, String idToken) {
        return "{\"access_token\":\"" + accessToken + "\",\"token_type\":\"Bearer\",\"expires_in\":" + expiresIn
                + ",\"refresh_token\":\"" + refreshToken
                + "\",\"refresh_expires_in\":1800,\"scope\":\"openid profile email\""
                + (idToken == null ? "" : ",\"id_token\":\"" + idToken + "\"") + "}";
    }

    /** Someone who signs in: the realm's demo users, as the ID token describes them. */
    public record Person(String username, String name, String department, java.util.List<String> roles) {

        public static final Person APPLICANT = new Person("applicant", NAME, null, java.util.List.of("applicant"));
        public static final Person CLERK = new Person("clerk", "刘敏", "service-hall", java.util.List.of("clerk"));
        public static final Person REVIEWER =
                new Person("reviewer-pub", "陈静", "publishing", java.util.List.of("reviewer"));
        public static final Person APPROVER = new Person("approver", "周建华", "bureau", java.util.List.of("approver"));
        public static final Person CATALOG_ADMIN =
                new Person("catalog-admin", "吴婷", "bureau", java.util.List.of("catalog-admin"));
        public static final Person SUPERVISOR =
                new Person("supervisor", "郑伟", "bureau", java.util.List.of("supervisor"));
    }
}
