package org.onewindow.contracts.review;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** An electronic certificate (电子证照) was issued for an approved case. */
public record CertificateIssued(
        String caseNo, String certificateNo, String holder, LocalDate validUntil, OffsetDateTime issuedAt) {}
