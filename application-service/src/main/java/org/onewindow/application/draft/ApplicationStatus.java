package org.onewindow.application.draft;

import java.util.EnumSet;
import java.util.Set;

/** What the applicant sees (API.md). Transitions only go forward, so a late event cannot undo one. */
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

    private static final Set<ApplicationStatus> DECIDED = EnumSet.of(NOT_ACCEPTED, APPROVED, DENIED, COMPLETED);

    /** Whether the applicant may still change form and materials. */
    public boolean editable() {
        return this == DRAFT || this == SUPPLEMENT_REQUESTED;
    }

    /** Withdrawal is possible until a decision (or after one already happened). */
    public boolean withdrawable() {
        return !DECIDED.contains(this) && this != WITHDRAWN;
    }

    public boolean canMoveTo(ApplicationStatus next) {
        return switch (next) {
            case DRAFT -> false;
            case SUBMITTED -> this == DRAFT || this == SUPPLEMENT_REQUESTED;
            case SUPPLEMENT_REQUESTED -> this == SUBMITTED || this == ACCEPTED || this == IN_REVIEW;
            case ACCEPTED, NOT_ACCEPTED -> this == SUBMITTED;
            case IN_REVIEW -> this == ACCEPTED || this == IN_REVIEW;
            case APPROVED, DENIED -> this == ACCEPTED || this == IN_REVIEW;
            case COMPLETED -> this == APPROVED || this == DENIED;
            case WITHDRAWN -> withdrawable();
        };
    }
}
