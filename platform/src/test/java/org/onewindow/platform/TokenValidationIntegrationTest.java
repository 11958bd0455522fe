package org.onewindow.platform;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.onewindow.platform.testsupport.InfrastructureSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Real signed tokens through the real decoder: the platform's resource-server setup checks the
 * signature against the realm's keys, the issuer and the audience, and maps realm roles.
 */
@SpringBootTest(classes = TestApplication.class)
@AutoConfigureMockMvc
class TokenValidationIntegrationTest {

    static final String ISSUER = "http://localhost:8180/realms/onewindow";
    static final RSAKey REALM_KEY = generate("realm");
    static final RSAKey FORGER_KEY = generate("realm");
    static final HttpServer KEYS = serveKeys();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        InfrastructureSupport.register(registry, "platform_tokens_test");
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> ISSUER);
        registry.add(
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
                () -> "http://127.0.0.1:" + KEYS.getAddress().getPort() + "/certs");
    }

    @AfterAll
    static void stop() {
        KEYS.stop(0);
    }

    @Autowired
    MockMvc mvc;

    @Test
    void acceptsTheRealmsTokenWithItsAudienceAndMapsRealmRoles() throws Exception {
        call(token(REALM_KEY, ISSUER, List.of("onewindow-api"), "catalog-admin", 300))
                .andExpect(status().isOk());
        call(token(REALM_KEY, ISSUER, List.of("onewindow-api"), "applicant", 300))
                .andExpect(status().isForbidden());
    }

    @Test
    void refusesAnotherIssuer() throws Exception {
        call(token(REALM_KEY, "http://127.0.0.1:8180/realms/onewindow", List.of("onewindow-api"), "catalog-admin", 300))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:unauthorized"));
    }

    @Test
    void refusesATokenForAnotherAudienceOrNone() throws Exception {
        call(token(REALM_KEY, ISSUER, List.of("account"), "catalog-admin", 300)).andExpect(status().isUnauthorized());
        call(token(REALM_KEY, ISSUER, List.of(), "catalog-admin", 300)).andExpect(status().isUnauthorized());
    }

    @Test
    void refusesForgedAndExpiredTokens() throws Exception {
        call(token(FORGER_KEY, ISSUER, List.of("onewindow-api"), "catalog-admin", 300))
                .andExpect(status().isUnauthorized());
        call(token(REALM_KEY, ISSUER, List.of("onewindow-api"), "catalog-admin", -300))
                .andExpect(status().isUnauthorized());
    }

    private org.springframework.test.web.servlet.ResultActions call(String token) throws Exception {
        return mvc.perform(post("/things")
                .header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"token-test\",\"copies\":1}"));
    }

    private static String token(RSAKey key, String issuer, List<String> audience, String role, long expiresInSeconds)
            throws Exception {
        var now = Instant.now();
        var claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject("user-1")
                .audience(audience)
                .issueTime(Date.from(now.minusSeconds(600)))
                .expirationTime(Date.from(now.plusSeconds(expiresInSeconds)))
                .claim("realm_access", Map.of("roles", List.of(role)))
                .claim("preferred_username", "user-1")
                .build();
        var jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static RSAKey generate(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpServer serveKeys() {
        try {
            var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            var body = new JWKSet(REALM_KEY.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            server.createContext("/certs", exchange -> {
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
