package org.onewindow.portal.progress;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A case's changes as the applicant reads them: one sentence per step ({@code progress.change.<action>}),
 * with what the step carries in its own words. The clerk's work before submission is left out.
 */
final class Changes {

    private Changes() {}

    /**
     * One change of the case; its words are {@code progress.change.<action>}.
     *
     * @param department the department that gave an opinion, or null
     * @param procedure a special procedure (HEARING, EXPERT_REVIEW, INSPECTION), or null
     * @param certificateNo the electronic certificate issued, or null
     * @param notes what the step says in its own words (a reason, each thing to correct)
     */
    record Change(
            OffsetDateTime at,
            String action,
            String department,
            String procedure,
            String certificateNo,
            LocalDate deadline,
            List<String> notes) {}

    /** Actions the bundle has words for; anything newer reads as a plain "the case was updated". */
    static final Set<String> KNOWN_ACTIONS = Set.of(
            "SUBMITTED",
            "RESUBMITTED",
            "WITHDRAWN",
            "ACCEPTED",
            "DEEMED_ACCEPTED",
            "NOT_ACCEPTED",
            "SUPPLEMENT_REQUESTED",
            "SUPPLEMENT_RECEIVED",
            "GAP_OPENED",
            "GAP_MATERIAL_PROVIDED",
            "GAP_CLOSED",
            "OPINION_RECORDED",
            "APPROVED",
            "DENIED",
            "CERTIFICATE_ISSUED",
            "COMPLETED",
            "WITHDRAWAL_REFUSED",
            "CASE_EXTENDED",
            "SPECIAL_PROCEDURE_STARTED",
            "SPECIAL_PROCEDURE_ENDED",
            "EVALUATED",
            "FOLLOW_UP_EVALUATED",
            "RECTIFICATION_REPORTED");

    /** The clerk's work before the case was submitted: nothing the applicant needs to read. */
    static final Set<String> BEFORE_SUBMISSION = Set.of("DRAFT_CREATED", "MATERIAL_UPLOADED");

    /** Every change since submission, oldest first. */
    static List<Change> of(PublicProgress progress) {
        var changes = new ArrayList<Change>();
        for (var step : progress.timeline()) {
            if (step.action() != null && BEFORE_SUBMISSION.contains(step.action())) {
                continue;
            }
            var action = step.action() != null && KNOWN_ACTIONS.contains(step.action()) ? step.action() : "other";
            var detail = step.detail();
            changes.add(new Change(
                    step.at(),
                    action,
                    "OPINION_RECORDED".equals(action) ? StepDetail.text(detail, "department") : null,
                    action.startsWith("SPECIAL_PROCEDURE") ? StepDetail.text(detail, "procedure") : null,
                    "CERTIFICATE_ISSUED".equals(action) ? StepDetail.text(detail, "certificateNo") : null,
                    "CASE_EXTENDED".equals(action) || "GAP_OPENED".equals(action)
                            ? StepDetail.date(detail, "deadline")
                            : null,
                    StepDetail.notes(step)));
        }
        return changes;
    }
}
