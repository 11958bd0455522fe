package org.onewindow.application.application;

/** What the applicant sees (API.md). Only {@link ApplicationLifecycle} says how it moves. */
public enum ApplicationStatus {
    DRAFT,
    SUBMITTED,
    SUPPLEMENT_REQUESTED,
    ACCEPTED,
    NOT_ACCEPTED,
    IN_REVIEW,
    APPROVED,
    DENIED,
    COMPLETED,
    WITHDRAWN;

    /** Whether the applicant may still change form and materials. */
    public boolean editable() {
        return this == DRAFT || this == SUPPLEMENT_REQUESTED;
    }
}
