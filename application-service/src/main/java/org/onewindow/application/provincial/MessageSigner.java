package org.onewindow.application.provincial;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 over the message id, the sending time and the SHA-256 of the exact body bytes.
 * A shared key, because the province verifies with the key it already holds and no certificate
 * exchange is needed; the body hash lets either side prove which bytes were sent and received.
 */
final class MessageSigner {

    private final SecretKeySpec key;

    MessageSigner(String sharedKey) {
        this.key = new SecretKeySpec(sharedKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    static String sha256(String body) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the receiver recomputes: {@code messageId + "\n" + sentAt + "\n" + bodySha256}. */
    String sign(String messageId, String sentAt, String bodySha256) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getEncoder()
                    .encodeToString(mac.doFinal(
                            (messageId + "\n" + sentAt + "\n" + bodySha256).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
