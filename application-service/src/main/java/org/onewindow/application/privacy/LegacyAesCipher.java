package org.onewindow.application.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Opens the values written before SM4: {@code v1:<base64(iv | ciphertext+tag)>}, AES-256-GCM, no
 * associated data. Only the migration that re-encrypts them uses it.
 */
final class LegacyAesCipher {

    static final String PREFIX = "v1:";
    private static final int IV_BYTES = 12;

    private final SecretKeySpec key;

    LegacyAesCipher(String base64Key) {
        var bytes = Base64.getDecoder().decode(base64Key);
        if (bytes.length != 32) {
            throw new IllegalStateException("onewindow.privacy.key (AES, before SM4) must be 32 bytes, base64-encoded");
        }
        this.key = new SecretKeySpec(bytes, "AES");
    }

    static boolean isLegacy(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    String decrypt(String stored) {
        try {
            var bytes = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, bytes, 0, IV_BYTES));
            return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("an AES value (v1) does not open with onewindow.privacy.key", e);
        }
    }
}
