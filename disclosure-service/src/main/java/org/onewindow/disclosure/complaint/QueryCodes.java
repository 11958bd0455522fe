package org.onewindow.disclosure.complaint;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The code a complainant uses to follow a ticket. Only a keyed HMAC-SHA256 of ticket and code is
 * stored: a copy of the database without the key opens no complaint, and a lookup costs one HMAC,
 * so the anonymous lookup cannot be turned into a CPU drain. Codes stored before were salted
 * PBKDF2 hashes (20,000 rounds); such a hash is still checked the old way, and replaced by the
 * HMAC the first time its code is given right.
 */
@Component
class QueryCodes {

    /** How a check came out; {@code LEGACY_MATCH} asks the caller to store {@link #hash} instead. */
    enum Match {
        NONE,
        MATCH,
        LEGACY_MATCH
    }

    static final String HMAC_PREFIX = "hmac-sha256$";
    // no 0/O, 1/I/L: people read these codes off paper and type them in
    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    static final int LENGTH = 12;

    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec key;
    private final Pbkdf2PasswordEncoder legacy = new Pbkdf2PasswordEncoder(
            "", 16, 20_000, Pbkdf2PasswordEncoder.SecretKeyFactoryAlgorithm.PBKDF2WithHmacSHA256);

    QueryCodes(@Value("${onewindow.disclosure.query-code-key}") String key) {
        var bytes = key.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < 32) {
            throw new IllegalArgumentException("the query code key needs at least 32 bytes");
        }
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    String newCode() {
        var code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(code);
    }

    /** What is stored for a ticket's code: bound to the ticket, so it cannot be moved to another. */
    String hash(String ticket, String code) {
        return HMAC_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(mac(ticket, normalise(code)));
    }

    /** @param stored the stored hash, or null for an unknown ticket (still costs one HMAC) */
    Match matches(String ticket, String code, String stored) {
        if (code == null || code.length() > 64) {
            return Match.NONE;
        }
        if (stored != null && !stored.startsWith(HMAC_PREFIX)) {
            return legacy.matches(normalise(code), stored) ? Match.LEGACY_MATCH : Match.NONE;
        }
        var given = hash(ticket, code).getBytes(StandardCharsets.US_ASCII);
        var expected = (stored != null ? stored : HMAC_PREFIX).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(given, expected) && stored != null ? Match.MATCH : Match.NONE;
    }

    private byte[] mac(String ticket, String code) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal((ticket + '\n' + code).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String normalise(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }
}
