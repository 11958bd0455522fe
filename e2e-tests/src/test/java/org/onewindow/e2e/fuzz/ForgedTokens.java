package org.onewindow.e2e.fuzz;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import tools.jackson.databind.node.ObjectNode;

/**
 * Tokens the realm never issued: a real token's header (its key id) and claims, every role
 * added, signed with a key of the fuzz's own, or not signed at all ({@code alg: none}). The
 * key comes from the seed, so a run's tokens are the same every time.
 */
final class ForgedTokens {

    static final String ALL_ROLES =
            "[\"applicant\",\"clerk\",\"reviewer\",\"approver\",\"catalog-admin\",\"supervisor\",\"provincial-platform\"]";

    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    private final KeyPair key;

    ForgedTokens(long seed) {
        try {
            var random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed);
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, random);
            this.key = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The real token's header and claims, every role, signed RS256 with the fuzz's key. */
    String signed(String realToken) {
        var header = header(realToken).put("alg", "RS256");
        var signingInput = encode(header) + "." + encode(claims(realToken));
        try {
            var signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key.getPrivate());
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + BASE64.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The real token's claims, every role, with {@code alg: none} and no signature. */
    String unsigned(String realToken) {
        var header = Json.MAPPER.createObjectNode().put("alg", "none").put("typ", "JWT");
        return encode(header) + "." + encode(claims(realToken)) + ".";
    }

    java.security.PublicKey publicKey() {
        return key.getPublic();
    }

    private static ObjectNode header(String token) {
        return (ObjectNode) Json.read(decode(token.split("\\.")[0]));
    }

    private static ObjectNode claims(String token) {
        var claims = (ObjectNode) Json.read(decode(token.split("\\.")[1]));
        claims.putObject("realm_access").set("roles", Json.read(ALL_ROLES));
        long now = Instant.now().getEpochSecond();
        claims.put("iat", now).put("exp", now + 600);
        return claims;
    }

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }

    private static String encode(ObjectNode node) {
        return BASE64.encodeToString(Json.bytes(node));
    }
}
