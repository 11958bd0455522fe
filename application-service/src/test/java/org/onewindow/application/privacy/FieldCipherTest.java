package org.onewindow.application.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.onewindow.platform.codes.IdentityNumber;

class FieldCipherTest {

    final FieldCipher cipher = new FieldCipher(Base64.getEncoder().encodeToString(new byte[32]));

    @Test
    void roundTripsAndNeverRepeatsACipherText() {
        var first = cipher.encrypt("530102199003071238");
        var second = cipher.encrypt("530102199003071238");
        assertThat(first).startsWith("v1:").isNotEqualTo(second).doesNotContain("530102");
        assertThat(cipher.decrypt(first)).isEqualTo("530102199003071238");
    }

    @Test
    void detectsTamperingAndAWrongKey() {
        var sealed = cipher.encrypt("13800000000");
        var tampered = sealed.substring(0, sealed.length() - 4) + (sealed.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertThatThrownBy(() -> cipher.decrypt(tampered)).isInstanceOf(IllegalStateException.class);
        var other = new FieldCipher(Base64.getEncoder().encodeToString("another-key-of-thirty-two-bytes!".getBytes()));
        assertThatThrownBy(() -> other.decrypt(sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesAKeyOfTheWrongSize() {
        assertThatThrownBy(() -> new FieldCipher(Base64.getEncoder().encodeToString(new byte[16])))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void checksCitizenIdentityNumbers() {
        assertThat(IdentityNumber.isValid("530102199003071238")).isTrue();
        assertThat(IdentityNumber.isValid("530102199003071239")).isFalse();
        assertThat(IdentityNumber.isValid("11010519491231002X")).isTrue();
        assertThat(IdentityNumber.isValid("5301021990030712")).isFalse();
    }
}
