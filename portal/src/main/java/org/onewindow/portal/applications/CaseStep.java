package org.onewindow.portal.applications;

import java.util.List;
import java.util.Optional;

/**
 * The steps a case is shown going through, 提交申请 → 受理 → 审查 → 决定 → 办结, and the one place
 * that says which step a case in a status (API.md) is at: 我的办件 and the public progress page
 * both draw their step indicator from it.
 *
 * <p>A case is at the first step not yet done: a SUBMITTED case waits for acceptance, an APPROVED
 * or DENIED one has its decision and waits to be completed (办结), a COMPLETED one has reached the
 * last step. A case refused acceptance stops at acceptance; a withdrawn one where it stood.
 */
public enum CaseStep {
    SUBMIT,
    ACCEPT,
    REVIEW,
    DECIDE,
    COMPLETE;

    /**
     * The step a case is at.
     *
     * @param status its status now
     * @param history the statuses its timeline went through, oldest first (each entry's status after it)
     * @return empty for a status this portal does not know
     */
    public static Optional<CaseStep> at(String status, List<String> history) {
        if (status == null) {
            return Optional.empty();
        }
        return switch (status) {
            case "DRAFT" -> Optional.of(SUBMIT);
            case "SUBMITTED", "NOT_ACCEPTED" -> Optional.of(ACCEPT);
            // a supplement can be asked for before acceptance or during review
            case "SUPPLEMENT_REQUESTED" -> Optional.of(wasAccepted(history) ? REVIEW : ACCEPT);
            case "ACCEPTED", "IN_REVIEW" -> Optional.of(REVIEW);
            case "APPROVED", "DENIED", "COMPLETED" -> Optional.of(COMPLETE);
            case "WITHDRAWN" -> Optional.of(withdrawnAt(history));
            default -> Optional.empty();
        };
    }

    /** Whether the case was accepted at some point (deemed acceptance too leaves it ACCEPTED). */
    private static boolean wasAccepted(List<String> history) {
        return history.contains("ACCEPTED") || history.contains("IN_REVIEW");
    }

    /** A withdrawal comes before a decision: the case stood where the status before it put it. */
    private static CaseStep withdrawnAt(List<String> history) {
        int withdrawal = history.indexOf("WITHDRAWN");
        var before = withdrawal < 0 ? history : history.subList(0, withdrawal);
        if (before.isEmpty()) {
            return SUBMIT;
        }
        return at(before.get(before.size() - 1), before).orElse(SUBMIT);
    }
}
