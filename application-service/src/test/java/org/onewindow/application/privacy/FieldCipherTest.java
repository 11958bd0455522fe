package org.onewindow.application.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.Test;
import org.onewindow.platform.codes.IdentityNumber;

class FieldCipherTest {

    static final byte[] KEY_2 = "sixteen-bytes-k2".getBytes(StandardCharsets.US_ASCII);
    static final byte[] KEY_3 = "sixteen-bytes-k3".getBytes(StandardCharsets.US_ASCII);
    static final UUID ROW = UUID.fromString("00000000-0000-0000-0000-000000000001");
    static final UUID OTHER_ROW = UUID.fromString("00000000-0000-0000-0000-000000000002");

    final FieldCipher cipher = new FieldCipher(2, KEY_2, Map.of());

    @Test
    void sealsWithSm4UnderTheKeyVersionAndNeverRepeatsACipherText() {
        var bound = SealedColumn.APPLICANT_ID.boundTo(ROW);
        var first = cipher.encrypt("530102199003071238", bound);
        var second = cipher.encrypt("530102199003071238", bound);
        assertThat(first).startsWith("v2:").isNotEqualTo(second).doesNotContain("530102");
        assertThat(cipher.decrypt(first, bound)).isEqualTo("530102199003071238");
        assertThat(cipher.isCurrent(first)).isTrue();
        // nonce (12) + 18 bytes of text + tag (16)
        assertThat(Base64.getDecoder().decode(first.substring(3))).hasSize(12 + 18 + 16);
    }

    @Test
    void theEngineIsSm4AsGbT32907DefinesIt() {
        // the standard's example 1: key and plain text 0123456789abcdeffedcba9876543210
        var engine = new SM4Engine();
        var block = Hex.decode("0123456789abcdeffedcba9876543210");
        engine.init(true, new KeyParameter(block));
        var out = new byte[16];
        engine.processBlock(block, 0, out, 0);
        assertThat(Hex.toHexString(out)).isEqualTo("681edf34d206965e86b3e94f536e4246");
    }

    @Test
    void aValueCopiedIntoAnotherRowOrColumnFailsToOpen() {
        var sealed = cipher.encrypt("530102199003071238", SealedColumn.APPLICANT_ID.boundTo(ROW));
        assertThatThrownBy(() -> cipher.decrypt(sealed, SealedColumn.APPLICANT_ID.boundTo(OTHER_ROW)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("another row or column");
        assertThatThrownBy(() -> cipher.decrypt(sealed, SealedColumn.AGENT_ID.boundTo(ROW)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void detectsTamperingAndAWrongKey() {
        var bound = SealedColumn.APPLICANT_PHONE.boundTo(ROW);
        var sealed = cipher.encrypt("13800000000", bound);
        var tampered = sealed.substring(0, sealed.length() - 4) + (sealed.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertThatThrownBy(() -> cipher.decrypt(tampered, bound)).isInstanceOf(IllegalStateException.class);
        var other = new FieldCipher(2, KEY_3, Map.of());
        assertThatThrownBy(() -> other.decrypt(sealed, bound)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void afterARotationTheRetiredKeyStillOpensOldValuesAndOnlyTheNewOneSeals() {
        var bound = SealedColumn.APPLICANT_ID.boundTo(ROW);
        var old = cipher.encrypt("530102199003071238", bound);
        var rotated = FieldCipher.fromConfig(
                3,
                Base64.getEncoder().encodeToString(KEY_3),
                "2=" + Base64.getEncoder().encodeToString(KEY_2));
        assertThat(rotated.decrypt(old, bound)).isEqualTo("530102199003071238");
        assertThat(rotated.isCurrent(old)).isFalse();
        var fresh = rotated.encrypt("530102199003071238", bound);
        assertThat(fresh).startsWith("v3:");
        assertThatThrownBy(() -> cipher.decrypt(fresh, bound))
                .as("the old key alone knows nothing of version 3")
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("version 3");
    }

    @Test
    void anAesValueOfVersionOneIsNoLongerOpenedByTheService() {
        assertThatThrownBy(
                        () -> cipher.decrypt("v1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "application:x:applicant_id"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("version 1");
    }

    @Test
    void refusesBadKeys() {
        assertThatThrownBy(() -> new FieldCipher(2, new byte[32], Map.of())).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new FieldCipher(1, KEY_2, Map.of()))
                .as("v1 names the AES values")
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new FieldCipher(2, KEY_2, Map.of(2, KEY_3))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> FieldCipher.fromConfig(3, Base64.getEncoder().encodeToString(KEY_3), "2"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void checksCitizenIdentityNumbers() {
        assertThat(IdentityNumber.isValid("530102199003071238")).isTrue();
        assertThat(IdentityNumber.isValid("530102199003071239")).isFalse();
        assertThat(IdentityNumber.isValid("11010519491231002X")).isTrue();
        assertThat(IdentityNumber.isValid("5301021990030712")).isFalse();
        // the dev realm's applicants, 张三 and 李四
        assertThat(IdentityNumber.isValid("530102198805120033")).isTrue();
        assertThat(IdentityNumber.isValid("530102199003071238")).isTrue();
    }
}
