package org.onewindow.application.tracking;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.onewindow.application.application.Channel;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The query code (查询码) printed on a counter or provincial case's receipt, with which a person
 * without an account follows and rates their own case. It is a keyed HMAC of the case number, so
 * nothing secret is stored: a receipt can be printed again, and a stolen database gives no codes.
 * Eight characters from an alphabet without look-alikes (0/O, 1/I/L), about 39 bits.
 */
@Component
public class QueryCodes {

    static final int LENGTH = 8;
    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    private final SecretKeySpec key;

    QueryCodes(@Value("${onewindow.privacy.query-code-key}") String key) {
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** The code of a case filed for someone without an account; none for an online applicant's own case. */
    public String forChannel(Channel channel, String caseNo) {
        return channel == Channel.ONLINE ? null : of(caseNo);
    }

    String of(String caseNo) {
        byte[] mac;
        try {
            var hmac = Mac.getInstance("HmacSHA256");
            hmac.init(key);
            mac = hmac.doFinal(caseNo.getBytes(StandardCharsets.UTF_8));
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
    boolean matches(String caseNo, String code) {
        if (code == null) {
            return false;
        }
        var typed = code.strip().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(of(caseNo).getBytes(StandardCharsets.US_ASCII), typed);
    }
}
