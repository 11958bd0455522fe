package org.onewindow.review.certificate;

import java.time.LocalDate;

/**
 * Where a certificate stands, worst first: unknown here, not signed by a trusted bureau key,
 * revoked, past its validity, or valid. Says nothing about the holder.
 */
public enum CertificateStatus {
    UNKNOWN("no certificate with this number was issued here"),
    INVALID("the content is not what a trusted bureau key signed"),
    REVOKED("the certificate was revoked"),
    EXPIRED("the certificate's validity has ended"),
    VALID(null);

    private final String reason;

    CertificateStatus(String reason) {
        this.reason = reason;
    }

    /** Why it is not valid; null when it is. */
    public String reason() {
        return reason;
    }

    /** {@code validUntil} is the last day it is valid on; null (unreadable content) counts as not signed. */
    static CertificateStatus of(boolean known, boolean signed, boolean revoked, LocalDate validUntil, LocalDate today) {
        if (!known) {
            return UNKNOWN;
        }
        if (!signed || validUntil == null) {
            return INVALID;
        }
        if (revoked) {
            return REVOKED;
        }
        return validUntil.isBefore(today) ? EXPIRED : VALID;
    }
}
