package org.onewindow.portal.certificate;

import java.util.Set;

/**
 * What the page says about a certificate: its standing in plain words, and with the code its
 * content and whether its signature verifies.
 *
 * @param signatureValid null when only the number was given: the API then tells the standing alone
 */
record CertificateCheck(
        String certificateNo, String status, CertificateClient.Content content, Boolean signatureValid) {

    private static final Set<String> KNOWN = Set.of("VALID", "EXPIRED", "REVOKED", "INVALID");

    /** {@code certificate.status.<status>}; {@code other} for a standing the portal has no words for. */
    public String standing() {
        return status != null && KNOWN.contains(status) ? status : "other";
    }

    public boolean valid() {
        return "VALID".equals(status);
    }

    public boolean withContent() {
        return content != null;
    }
}
