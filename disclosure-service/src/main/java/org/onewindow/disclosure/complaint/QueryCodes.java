package org.onewindow.disclosure.complaint;

import java.security.SecureRandom;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The code a complainant uses to follow a ticket. Only a salted PBKDF2 hash is stored, so a copy
 * of the database does not open anyone's complaint; an unknown ticket costs the same hash as a
 * wrong code, so timing does not tell which tickets exist.
 */
@Component
class QueryCodes {

    // no 0/O, 1/I/L: people read these codes off paper and type them in
    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    static final int LENGTH = 12;

    private final SecureRandom random = new SecureRandom();
    // 12 characters of 31 are ~59 bits; the iterations make a stolen hash expensive to try
    private final Pbkdf2PasswordEncoder encoder = new Pbkdf2PasswordEncoder(
            "", 16, 20_000, Pbkdf2PasswordEncoder.SecretKeyFactoryAlgorithm.PBKDF2WithHmacSHA256);
    private final String decoy = encoder.encode("decoy");

    String newCode() {
        var code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(code);
    }

    String hash(String code) {
        return encoder.encode(code);
    }

    /** @param hash the stored hash, or null for an unknown ticket (still costs one check) */
    boolean matches(String code, String hash) {
        if (code == null || code.length() > 64) {
            return false;
        }
        boolean match = encoder.matches(normalise(code), hash != null ? hash : decoy);
        return hash != null && match;
    }

    private static String normalise(String code) {
        return code.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
