package org.onewindow.portal.mycases;

import org.onewindow.portal.applications.Application;

/**
 * What the applicant must do now, if anything: the first thing on the case page (PORTAL.md). The
 * words are {@code case.now.<kind>.title} and {@code case.now.<kind>.text} in the bundle.
 *
 * @param actionNeeded whether the applicant has something to do (shown as such, not as a note)
 * @param deadline the date materials accepted with gaps are due, formatted, or null
 * @param reason the office's reason for refusing acceptance or the licence, or null
 */
record NextStep(String kind, boolean actionNeeded, String deadline, String reason) {

    static NextStep of(Application application, String gapDeadline) {
        return switch (CaseStatus.of(application)) {
            case DRAFT -> need("draft");
            case SUBMITTED -> note("waitAcceptance");
            case SUPPLEMENT_REQUESTED -> need("supplement");
            case ACCEPTED, IN_REVIEW ->
                application.gapMaterials().isEmpty() ? note("inReview") : new NextStep("gap", true, gapDeadline, null);
            case APPROVED -> note("approved");
            case DENIED -> refused("denied", reason(application, "DENIED", "reason"));
            case COMPLETED -> application.mayBeRated() ? need("rate") : note("completed");
            case NOT_ACCEPTED -> refused("notAccepted", reason(application, "NOT_ACCEPTED", "legalReason"));
            case WITHDRAWN -> note("withdrawn");
            case UNKNOWN -> note("unknown");
        };
    }

    private static String reason(Application application, String action, String field) {
        var reason = application.last(action).map(entry -> entry.text(field)).orElse("");
        return reason.isBlank() ? null : reason;
    }

    private static NextStep need(String kind) {
        return new NextStep(kind, true, null, null);
    }

    private static NextStep note(String kind) {
        return new NextStep(kind, false, null, null);
    }

    private static NextStep refused(String kind, String reason) {
        return new NextStep(kind, false, null, reason);
    }
}
