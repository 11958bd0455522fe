package org.onewindow.review.signing;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.bouncycastle.asn1.gm.GMNamedCurves;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The bureau's public keys whose signatures count: the current signing key's, and those given in
 * {@code onewindow.certificates.trusted-public-keys} (hex, comma-separated: earlier keys after a
 * rotation). A key stored next to what it signed proves nothing: whoever rewrites the one rewrites
 * the other.
 */
@Component
public class TrustedKeys {

    private final Set<String> keys;

    @Autowired
    TrustedKeys(Sm2Keys current, @Value("${onewindow.certificates.trusted-public-keys:}") String configured) {
        this(current.publicKeyHex(), configured);
    }

    public TrustedKeys(String currentPublicKeyHex, String configured) {
        var trusted = new LinkedHashSet<String>();
        trusted.add(normalized(currentPublicKeyHex));
        Arrays.stream(configured == null ? new String[0] : configured.split(","))
                .map(String::strip)
                .filter(k -> !k.isEmpty())
                .map(TrustedKeys::normalized)
                .forEach(trusted::add);
        this.keys = Set.copyOf(trusted);
    }

    /** Whether one of the trusted keys made this signature over this content. */
    public boolean verify(byte[] content, String signatureHex) {
        return keys.stream().anyMatch(key -> Sm2Keys.verify(content, signatureHex, key));
    }

    public Set<String> keys() {
        return keys;
    }

    // a misspelt key would silently trust nothing: refuse to start instead
    private static String normalized(String hex) {
        var key = hex.strip().toLowerCase(Locale.ROOT);
        try {
            GMNamedCurves.getByName("sm2p256v1")
                    .getCurve()
                    .decodePoint(HexFormat.of().parseHex(key));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not an SM2 public key (uncompressed point, hex): " + key, e);
        }
        return key;
    }
}
