package org.onewindow.review.signing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.bouncycastle.asn1.gm.GMNamedCurves;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The bureau's signing key, for certificates and audit checkpoints: SM2 (GB/T 32918) with SM3. A deployment gives the private key as
 * hex ({@code ONEWINDOW_CERTIFICATE_SM2_KEY}); without one, a dev key is generated once and kept
 * in the data directory, so local certificates stay verifiable across restarts.
 */
@Component
public class Sm2Keys {

    public static final String ALGORITHM = "SM2-SM3";
    private static final ECDomainParameters DOMAIN = domain();

    private final ECPrivateKeyParameters privateKey;
    private final ECPublicKeyParameters publicKey;
    private final SecureRandom random = new SecureRandom();

    public Sm2Keys(
            @Value("${onewindow.certificates.sm2-key:}") String configured,
            @Value("${onewindow.certificates.dev-key-file}") Path devKeyFile) {
        var d = configured == null || configured.isBlank()
                ? devKey(devKeyFile)
                : new BigInteger(configured.strip(), 16);
        this.privateKey = new ECPrivateKeyParameters(d, DOMAIN);
        this.publicKey = new ECPublicKeyParameters(DOMAIN.getG().multiply(d).normalize(), DOMAIN);
    }

    public String sign(byte[] content) {
        try {
            var signer = new SM2Signer();
            signer.init(true, new ParametersWithRandom(privateKey, random));
            signer.update(content, 0, content.length);
            return HexFormat.of().formatHex(signer.generateSignature());
        } catch (CryptoException e) {
            throw new IllegalStateException("SM2 signing failed", e);
        }
    }

    /** Checks a signature against a public key given as hex (uncompressed point). */
    public static boolean verify(byte[] content, String signatureHex, String publicKeyHex) {
        try {
            var point = DOMAIN.getCurve().decodePoint(HexFormat.of().parseHex(publicKeyHex));
            var signer = new SM2Signer();
            signer.init(false, new ECPublicKeyParameters(point, DOMAIN));
            signer.update(content, 0, content.length);
            return signer.verifySignature(HexFormat.of().parseHex(signatureHex));
        } catch (RuntimeException e) {
            return false;
        }
    }

    public String publicKeyHex() {
        return HexFormat.of().formatHex(publicKey.getQ().getEncoded(false));
    }

    private static BigInteger devKey(Path file) {
        try {
            if (Files.exists(file)) {
                return new BigInteger(Files.readString(file).strip(), 16);
            }
            Files.createDirectories(file.getParent());
            BigInteger d;
            var random = new SecureRandom();
            do {
                d = new BigInteger(DOMAIN.getN().bitLength(), random);
            } while (d.signum() == 0 || d.compareTo(DOMAIN.getN().subtract(BigInteger.ONE)) >= 0);
            Files.writeString(file, d.toString(16));
            return d;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the dev certificate key at " + file, e);
        }
    }

    private static ECDomainParameters domain() {
        var curve = GMNamedCurves.getByName("sm2p256v1");
        return new ECDomainParameters(curve.getCurve(), curve.getG(), curve.getN(), curve.getH());
    }
}
