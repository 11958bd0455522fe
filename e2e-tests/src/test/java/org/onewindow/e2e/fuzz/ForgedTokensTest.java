package org.onewindow.e2e.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class ForgedTokensTest {

    // a token as Keycloak shapes one (header with the realm key's id), its signature irrelevant here
    private static final String REAL = encode("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"realm-key-1\"}") + "."
            + encode("{\"iss\":\"http://localhost:18180/realms/onewindow\",\"aud\":\"onewindow-api\",\"sub\":\"s-1\","
                    + "\"realm_access\":{\"roles\":[\"applicant\"]},\"exp\":1}")
            + ".c2lnbmF0dXJl";

    @Test
    void aForgedTokenKeepsTheRealmsKeyIdAndClaims_addsEveryRole_andIsSignedByAnotherKey() throws Exception {
        var forged = new ForgedTokens(13);
        var token = forged.signed(REAL);
        var parts = token.split("\\.");
        assertThat(parts).hasSize(3);
        assertThat(parts[2]).as("the original signature is replaced").isNotEqualTo(REAL.split("\\.")[2]);
        assertThat(decode(parts[0])).contains("\"kid\":\"realm-key-1\"", "\"alg\":\"RS256\"");
        assertThat(decode(parts[1]))
                .contains("\"iss\":\"http://localhost:18180/realms/onewindow\"", "\"supervisor\"", "\"catalog-admin\"");
        var verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(forged.publicKey());
        verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(verifier.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();
    }

    /** The same seed, the same key (a failing run can be repeated); another seed, another key. */
    @Test
    void theKeyComesFromTheSeed() {
        assertThat(new ForgedTokens(13).publicKey()).isEqualTo(new ForgedTokens(13).publicKey());
        assertThat(new ForgedTokens(13).publicKey()).isNotEqualTo(new ForgedTokens(14).publicKey());
    }

    @Test
    void anUnsignedTokenSaysAlgNoneAndHasNoSignature() {
        var token = new ForgedTokens(13).unsigned(REAL);
        assertThat(token).endsWith(".");
        assertThat(decode(token.split("\\.")[0])).contains("\"alg\":\"none\"");
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }
}
