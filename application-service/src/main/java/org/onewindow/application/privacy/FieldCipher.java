package org.onewindow.application.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * Encrypts personal data at rest (identity and phone numbers) with SM4-GCM (GB/T 32907), as the
 * commercial-cryptography evaluation (GB/T 39786-2021) expects. Stored as
 * {@code v<version>:<base64(nonce | ciphertext | tag)>}: the version names the key, so keys rotate —
 * the current key seals, retired keys only open. Each value is sealed with associated data naming
 * its row and column ({@link SealedColumn#boundTo}): a value copied into another row or column does
 * not open, it fails.
 */
public class FieldCipher {

    /** Version 1 was AES-256-GCM, before SM4; only the migration to SM4 reads it. */
    static final int FIRST_SM4_VERSION = 2;

    private static final int KEY_BYTES = 16;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final int version;
    private final Map<Integer, byte[]> keys;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param version the current key's version (2 or more), written before every value it seals
     * @param key the current SM4 key, 16 bytes
     * @param retired older keys by version, kept to open values sealed before a rotation
     */
    public FieldCipher(int version, byte[] key, Map<Integer, byte[]> retired) {
        if (version < FIRST_SM4_VERSION) {
            throw new IllegalStateException("SM4 key versions start at " + FIRST_SM4_VERSION + " (v1 was AES)");
        }
        var all = new HashMap<Integer, byte[]>();
        retired.forEach((v, k) -> all.put(v, checked(v, k)));
        if (all.containsKey(version)) {
            throw new IllegalStateException("key version " + version + " is both current and retired");
        }
        all.put(version, checked(version, key));
        this.version = version;
        this.keys = Map.copyOf(all);
    }

    /**
     * From configuration: the current key in base64, and the retired ones as
     * {@code version=base64,version=base64} (empty when none).
     */
    public static FieldCipher fromConfig(int version, String base64Key, String retiredKeys) {
        var retired = new HashMap<Integer, byte[]>();
        if (retiredKeys != null && !retiredKeys.isBlank()) {
            for (var entry : retiredKeys.split(",")) {
                var parts = entry.strip().split("=", 2);
                if (parts.length != 2) {
                    throw new IllegalStateException("retired keys are written version=base64, comma-separated");
                }
                retired.put(Integer.parseInt(parts[0].strip()), decodeKey(parts[1].strip()));
            }
        }
        return new FieldCipher(version, decodeKey(base64Key), retired);
    }

    public String encrypt(String plain, String associatedData) {
        if (plain == null) {
            return null;
        }
        var nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        var sealed = run(true, keys.get(version), nonce, associatedData, plain.getBytes(StandardCharsets.UTF_8));
        var body = ByteBuffer.allocate(nonce.length + sealed.length)
                .put(nonce)
                .put(sealed)
                .array();
        return "v" + version + ":" + Base64.getEncoder().encodeToString(body);
    }

    /**
     * The plain value; an {@link IllegalStateException} when the key version is unknown, or the value
     * was tampered with, sealed under another key, or belongs to another row or column.
     */
    public String decrypt(String stored, String associatedData) {
        if (stored == null) {
            return null;
        }
        var key = keys.get(versionOf(stored));
        if (key == null) {
            throw new IllegalStateException("no key of version " + versionOf(stored) + " to open this value");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(stored.substring(stored.indexOf(':') + 1));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("decryption failed: not a sealed value", e);
        }
        if (bytes.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new IllegalStateException("decryption failed: not a sealed value");
        }
        var nonce = java.util.Arrays.copyOf(bytes, NONCE_BYTES);
        var sealed = java.util.Arrays.copyOfRange(bytes, NONCE_BYTES, bytes.length);
        return new String(run(false, key, nonce, associatedData, sealed), StandardCharsets.UTF_8);
    }

    /** Whether the value is sealed with the current key: nothing to re-encrypt. */
    public boolean isCurrent(String stored) {
        return stored != null && stored.startsWith("v" + version + ":");
    }

    /** The key version a stored value names; -1 when it names none. */
    static int versionOf(String stored) {
        int colon = stored.indexOf(':');
        if (!stored.startsWith("v") || colon < 2) {
            return -1;
        }
        try {
            return Integer.parseInt(stored.substring(1, colon));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static byte[] run(boolean encrypt, byte[] key, byte[] nonce, String associatedData, byte[] input) {
        if (associatedData == null || associatedData.isEmpty()) {
            throw new IllegalArgumentException("every value is bound to its row and column");
        }
        var gcm = GCMBlockCipher.newInstance(new SM4Engine());
        gcm.init(
                encrypt,
                new AEADParameters(
                        new KeyParameter(key), TAG_BITS, nonce, associatedData.getBytes(StandardCharsets.UTF_8)));
        var output = new byte[gcm.getOutputSize(input.length)];
        int length = gcm.processBytes(input, 0, input.length, output, 0);
        try {
            length += gcm.doFinal(output, length);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException(
                    "decryption failed: wrong key, tampered data, or a value from another row or column", e);
        }
        return length == output.length ? output : java.util.Arrays.copyOf(output, length);
    }

    private static byte[] decodeKey(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("a privacy key is base64-encoded", e);
        }
    }

    private static byte[] checked(int version, byte[] key) {
        if (key == null || key.length != KEY_BYTES) {
            throw new IllegalStateException("SM4 key of version " + version + " must be 16 bytes, base64-encoded");
        }
        return key.clone();
    }
}
