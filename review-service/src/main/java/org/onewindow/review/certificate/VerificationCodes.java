package org.onewindow.review.certificate;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The verification code (验证码) printed on a certificate: with its number, it opens the
 * certificate's content to whoever holds the paper. A keyed HMAC of the number, so nothing secret is
 * stored and a stolen database gives no codes; ten characters without look-alikes (0/O, 1/I/L),
 * about 49 bits, against numbers that are sequential and so easy to guess.
 */
@Component
class VerificationCodes {

    static final int LENGTH = 10;
    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    private final SecretKeySpec key;

    VerificationCodes(@Value("${onewindow.certificates.verification-code-key}") String key) {
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    String of(String certificateNo) {
        byte[] mac;
        try {
            var hmac = Mac.getInstance("HmacSHA256");
            hmac.init(key);
            mac = hmac.doFinal(certificateNo.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
        var code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(Byte.toUnsignedInt(mac[i]) % ALPHABET.length()));
        }
        return code.toString();
    }

    /** Compared in constant time; case and surrounding spaces as a person types them do not matter. */
    boolean matches(String certificateNo, String code) {
        if (code == null) {
            return false;
        }
        var typed = code.strip().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(of(certificateNo).getBytes(StandardCharsets.UTF_8), typed);
    }
}
