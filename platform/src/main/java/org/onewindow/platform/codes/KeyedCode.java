package org.onewindow.platform.codes;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A code a person reads off paper and types back (a receipt's query code, a certificate's
 * verification code): a keyed HMAC-SHA256 of what it opens, so nothing secret is stored, a code can
 * be printed again, and a stolen database gives no codes. Characters from an alphabet without
 * look-alikes (0/O, 1/I/L): about 5 bits each.
 */
public final class KeyedCode {

    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    private final SecretKeySpec key;
    private final int length;

    public KeyedCode(String key, int length) {
        if (length < 1 || length > 32) {
            throw new IllegalArgumentException("a code has 1 to 32 characters");
        }
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.length = length;
    }

    /** The code of {@code subject} (a case number, a certificate number). */
    public String of(String subject) {
        byte[] mac;
        try {
            var hmac = Mac.getInstance("HmacSHA256");
            hmac.init(key);
            mac = hmac.doFinal(subject.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
        var code = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            code.append(ALPHABET.charAt(Byte.toUnsignedInt(mac[i]) % ALPHABET.length()));
        }
        return code.toString();
    }

    /** Compared in constant time; case and surrounding spaces as a person types them do not matter. */
    public boolean matches(String subject, String typed) {
        if (typed == null) {
            return false;
        }
        var normalised = typed.strip().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(of(subject).getBytes(StandardCharsets.UTF_8), normalised);
    }
}
