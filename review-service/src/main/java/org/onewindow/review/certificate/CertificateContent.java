package org.onewindow.review.certificate;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a certificate says, signed as it stands: identifier, holder, item, issuing body, dates, the
 * decision's key facts, and the data on its face as its type lists them.
 *
 * @param faceData the type's face fields and their values, in the type's order; absent (and so
 *     not in the signed text) on certificates issued before types
 */
public record CertificateContent(
        String certificateNo,
        String caseNo,
        String holder,
        String itemCode,
        String itemName,
        String issuingBody,
        String issuerCode,
        LocalDate issuedOn,
        LocalDate validUntil,
        String decision,
        List<String> reviewedBy,
        @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, String> faceData) {

    CertificateContent withFaceData(Map<String, String> face) {
        return withHolder(holder, face);
    }

    CertificateContent withHolder(String shown, Map<String, String> face) {
        return new CertificateContent(
                certificateNo,
                caseNo,
                shown,
                itemCode,
                itemName,
                issuingBody,
                issuerCode,
                issuedOn,
                validUntil,
                decision,
                reviewedBy,
                face);
    }
}
