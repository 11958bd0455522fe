package org.onewindow.review.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class TrustedKeysTest {

    static final byte[] CONTENT = "{\"holder\":\"示例\"}".getBytes(StandardCharsets.UTF_8);

    static Sm2Keys key(String name) throws Exception {
        return new Sm2Keys("", Files.createTempDirectory("keys").resolve(name + ".key"));
    }

    @Test
    void theCurrentKeyAndTheConfiguredEarlierKeysAreTrustedAndNoOther() throws Exception {
        var current = key("current");
        var earlier = key("earlier");
        var stranger = key("stranger");
        var trusted = new TrustedKeys(
                current.publicKeyHex(), " " + earlier.publicKeyHex().toUpperCase() + " ,");

        assertThat(trusted.keys()).hasSize(2);
        assertThat(trusted.verify(CONTENT, current.sign(CONTENT))).isTrue();
        assertThat(trusted.verify(CONTENT, earlier.sign(CONTENT))).isTrue();
        assertThat(trusted.verify(CONTENT, stranger.sign(CONTENT))).isFalse();
        assertThat(trusted.verify(CONTENT, "not-hex")).isFalse();
    }

    @Test
    void aMisspeltTrustedKeyRefusesToStart() throws Exception {
        var current = key("current");

        assertThatThrownBy(() -> new TrustedKeys(current.publicKeyHex(), "04abc"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not an SM2 public key");
    }
}
