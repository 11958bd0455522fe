package org.onewindow.review.casefile;

/** A case in review; the applicant's status names, from submission on. */
public enum CaseStatus {
    SUBMITTED,
    SUPPLEMENT_REQUESTED,
    ACCEPTED,
    NOT_ACCEPTED,
    IN_REVIEW,
    APPROVED,
    DENIED,
    COMPLETED,
    WITHDRAWN;

    public boolean decided() {
        return this == NOT_ACCEPTED || this == APPROVED || this == DENIED || this == COMPLETED || this == WITHDRAWN;
    }
}
