package org.onewindow.review.certificate;

import java.time.LocalDate;
import java.util.List;

/**
 * What a certificate says, signed as it stands: identifier, holder, item, issuing body, dates and
 * the decision's key facts.
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
        List<String> reviewedBy) {}
