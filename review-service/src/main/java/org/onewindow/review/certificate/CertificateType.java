package org.onewindow.review.certificate;

import java.util.List;

/**
 * A type in the certificate directory (电子证照目录).
 *
 * @param issuingBody the body named on its certificates
 * @param validityYears how long a certificate is valid from its day of issue
 * @param validityRule the rule in words
 * @param faceItems the data on its face, in order
 * @param itemCodes the basic codes of the items whose approval issues it
 * @param resourceCode the directory resource its certificates are shared as; null: never shared
 */
public record CertificateType(
        String code,
        String name,
        String issuingBody,
        int validityYears,
        String validityRule,
        List<FaceItem> faceItems,
        List<String> itemCodes,
        String resourceCode) {

    /** One datum on the face: which field, under which label. */
    public record FaceItem(FaceField field, String label) {}
}
