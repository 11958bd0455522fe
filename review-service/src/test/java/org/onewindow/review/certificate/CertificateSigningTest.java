package org.onewindow.review.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.onewindow.review.signing.Sm2Keys;

class CertificateSigningTest {

    @Test
    void signsWithSm2AndKeepsTheDevKeyAcrossRestarts() throws Exception {
        var file = Files.createTempDirectory("keys").resolve("sm2.key");
        var keys = new Sm2Keys("", file);
        var content = "{\"holder\":\"示例\"}".getBytes(StandardCharsets.UTF_8);
        var signature = keys.sign(content);
        assertThat(Sm2Keys.verify(content, signature, keys.publicKeyHex())).isTrue();
        assertThat(Sm2Keys.verify(
                        "{\"holder\":\"冒名\"}".getBytes(StandardCharsets.UTF_8), signature, keys.publicKeyHex()))
                .isFalse();
        var restarted = new Sm2Keys("", file);
        assertThat(restarted.publicKeyHex()).isEqualTo(keys.publicKeyHex());
        var other = new Sm2Keys("", Files.createTempDirectory("keys").resolve("other.key"));
        assertThat(Sm2Keys.verify(content, signature, other.publicKeyHex())).isFalse();
        assertThat(Sm2Keys.verify(content, "not-hex", keys.publicKeyHex())).isFalse();
    }

    @Test
    void identifiersCarryTypeIssuerSequenceVersionAndACheckCharacter() {
        var number = CertificateNumbers.of("XK00031000", "11530000MB00000012", 7, 1);
        assertThat(number).startsWith("1.2.156.3005.2.XK00031000.11530000MB00000012.00000007.1.");
        assertThat(CertificateNumbers.wellFormed(number)).isTrue();
        var wrong = number.substring(0, number.length() - 1) + (number.endsWith("0") ? "1" : "0");
        assertThat(CertificateNumbers.wellFormed(wrong)).isFalse();
    }
}
