package org.onewindow.review.casefile;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A case as review stores it: what was applied for, and where it stands ({@link CaseState}).
 *
 * @param applicantType NATURAL_PERSON or LEGAL_PERSON; null for cases received before it was kept
 * @param applicantCode a unit's unified social credit code, or a natural person's identity number
 *     masked as the submission carried it; null for cases received before it was kept
 */
public record ReviewCase(
        UUID applicationId,
        String itemCode,
        int itemVersion,
        String itemName,
        String department,
        String channel,
        String applicantName,
        String applicantType,
        String applicantCode,
        OffsetDateTime submittedAt,
        CaseState state) {

    public String caseNo() {
        return state.caseNo();
    }

    public CaseStatus status() {
        return state.status();
    }
}
