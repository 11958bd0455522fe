package org.onewindow.portal.mycases;

import java.util.Locale;
import org.onewindow.portal.applications.Application;

/**
 * An application's status as application-service names it (API.md), and what the applicant may
 * do in it, read from its ApplicationLifecycle: withdraw before a decision; hand in a supplement
 * when asked; hand in materials accepted with gaps while the case is handled; rate once completed.
 */
enum CaseStatus {
    DRAFT,
    SUBMITTED,
    SUPPLEMENT_REQUESTED,
    ACCEPTED,
    NOT_ACCEPTED,
    IN_REVIEW,
    APPROVED,
    DENIED,
    COMPLETED,
    WITHDRAWN,
    /** a status this portal does not know yet: shown as such, no action offered */
    UNKNOWN;

    static CaseStatus of(Application application) {
        return of(application.status());
    }

    static CaseStatus of(String name) {
        if (name == null) {
            return UNKNOWN;
        }
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return UNKNOWN;
        }
    }

    /** Before a decision and not withdrawn (the lifecycle's UNDECIDED). */
    boolean withdrawable() {
        return this == DRAFT
                || this == SUBMITTED
                || this == SUPPLEMENT_REQUESTED
                || this == ACCEPTED
                || this == IN_REVIEW;
    }

    /** Accepted and being handled: materials accepted with gaps may still come (the lifecycle's RUNNING). */
    boolean running() {
        return this == ACCEPTED || this == IN_REVIEW;
    }

    /** The plain word for it, in the message bundle: 草稿, 已提交, 已受理, 待补正, 已办结... */
    public String wordKey() {
        return "case.status." + name();
    }
}
