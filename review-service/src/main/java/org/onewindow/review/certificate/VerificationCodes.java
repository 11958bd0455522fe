package org.onewindow.review.certificate;

import org.onewindow.platform.codes.KeyedCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The verification code (验证码) printed on a certificate: with its number, it opens the
 * certificate's content to whoever holds the paper. A {@link KeyedCode} of the number, ten
 * characters (about 49 bits), since certificate numbers are sequential and so easy to guess.
 */
@Component
class VerificationCodes {

    static final int LENGTH = 10;

    private final KeyedCode codes;

    VerificationCodes(@Value("${onewindow.certificates.verification-code-key}") String key) {
        this.codes = new KeyedCode(key, LENGTH);
    }

    String of(String certificateNo) {
        return codes.of(certificateNo);
    }

    boolean matches(String certificateNo, String code) {
        return codes.matches(certificateNo, code);
    }
}
