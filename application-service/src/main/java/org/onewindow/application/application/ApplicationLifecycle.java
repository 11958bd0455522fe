package org.onewindow.application.application;

import static org.onewindow.application.application.ApplicationStatus.ACCEPTED;
import static org.onewindow.application.application.ApplicationStatus.APPROVED;
import static org.onewindow.application.application.ApplicationStatus.COMPLETED;
import static org.onewindow.application.application.ApplicationStatus.DENIED;
import static org.onewindow.application.application.ApplicationStatus.DRAFT;
import static org.onewindow.application.application.ApplicationStatus.IN_REVIEW;
import static org.onewindow.application.application.ApplicationStatus.NOT_ACCEPTED;
import static org.onewindow.application.application.ApplicationStatus.SUBMITTED;
import static org.onewindow.application.application.ApplicationStatus.SUPPLEMENT_REQUESTED;
import static org.onewindow.application.application.ApplicationStatus.WITHDRAWN;

import java.util.EnumSet;
import java.util.Set;

/**
 * The one place where an application's status moves (DOMAIN.md, case lifecycle). The applicant
 * acts (submit, resubmit, withdraw, rate, hand in a gap material); review, which owns the case
 * from submission on, reports what it did, and the application follows. Review's word wins: a
 * decision review took before it saw a withdrawal stands, and review says where a supplemented
 * case goes back to.
 *
 * <p>Plain Java: {@link #next} is a pure function, tested pair by pair; {@link ApplicationStore}
 * writes what it returns and nothing else.
 */
public final class ApplicationLifecycle {

    /** Everything that can happen to an application. */
    public enum Action {
        // the applicant (or the clerk or platform filing for them)
        SUBMIT,
        RESUBMIT,
        WITHDRAW,
        EVALUATE,
        PROVIDE_GAP_MATERIAL,
        // what review reports on review.v1
        CASE_ACCEPTED,
        CASE_NOT_ACCEPTED,
        SUPPLEMENT_REQUESTED,
        /** review took the supplement; the case waits for acceptance again */
        RESUMED_SUBMITTED,
        /** review took the supplement; the case is back with the departments, none has given an opinion */
        RESUMED_ACCEPTED,
        /** review took the supplement; the case is back in review */
        RESUMED_IN_REVIEW,
        OPINION_RECORDED,
        APPROVED,
        DENIED,
        CERTIFICATE_ISSUED,
        CASE_COMPLETED,
        WITHDRAWAL_REFUSED,
        GAP_CLOSED,
        /** an extension or a special procedure moved the deadline */
        CLOCK_CHANGED;

        public boolean byApplicant() {
            return this == SUBMIT
                    || this == RESUBMIT
                    || this == WITHDRAW
                    || this == EVALUATE
                    || this == PROVIDE_GAP_MATERIAL;
        }

        /** Where review says a supplemented case stands now. */
        public static Action resumedAt(String reviewStatus) {
            return switch (reviewStatus) {
                case "ACCEPTED" -> RESUMED_ACCEPTED;
                case "IN_REVIEW" -> RESUMED_IN_REVIEW;
                default -> RESUMED_SUBMITTED;
            };
        }
    }

    /** What an action does to an application in a given status. */
    public enum Effect {
        /** the status changes to {@code to} */
        MOVED,
        /** the status stays; the timeline records the step */
        NOTED,
        /** a late, repeated or overtaken event from review: nothing changes */
        IGNORED,
        /** the applicant may not do this now (409) */
        REFUSED
    }

    public record Transition(Effect effect, ApplicationStatus to) {

        static Transition moved(ApplicationStatus to) {
            return new Transition(Effect.MOVED, to);
        }

        public boolean changes() {
            return effect == Effect.MOVED || effect == Effect.NOTED;
        }
    }

    /** Before a decision, and not yet withdrawn: what the applicant may still withdraw from. */
    private static final Set<ApplicationStatus> UNDECIDED =
            EnumSet.of(DRAFT, SUBMITTED, SUPPLEMENT_REQUESTED, ACCEPTED, IN_REVIEW);

    private static final Set<ApplicationStatus> RUNNING = EnumSet.of(ACCEPTED, IN_REVIEW);

    /** Review's steps short of a decision, which may still reach an application its applicant withdrew. */
    private static final Set<Action> RECORDED_WHILE_WITHDRAWN = EnumSet.of(
            Action.CASE_ACCEPTED,
            Action.SUPPLEMENT_REQUESTED,
            Action.RESUMED_SUBMITTED,
            Action.RESUMED_ACCEPTED,
            Action.RESUMED_IN_REVIEW,
            Action.OPINION_RECORDED,
            Action.GAP_CLOSED,
            Action.CLOCK_CHANGED);

    private ApplicationLifecycle() {}

    public static Transition next(ApplicationStatus from, Action action) {
        if (from == WITHDRAWN && RECORDED_WHILE_WITHDRAWN.contains(action)) {
            // the withdrawal is the applicant's word, review's is final: until review has taken the
            // withdrawal, what review did is recorded (timeline, province) without moving the status,
            // so that the record is whole if a decision overtakes the withdrawal (the property test
            // found the province hearing 1 then 11, and 9 then 11, when it was ignored)
            return noted(from);
        }
        return switch (action) {
            case SUBMIT -> from == DRAFT ? Transition.moved(SUBMITTED) : refused(from);
            case RESUBMIT -> from == SUPPLEMENT_REQUESTED ? Transition.moved(SUBMITTED) : refused(from);
            case WITHDRAW -> UNDECIDED.contains(from) ? Transition.moved(WITHDRAWN) : refused(from);
            case EVALUATE -> from == COMPLETED ? noted(from) : refused(from);
            case PROVIDE_GAP_MATERIAL -> RUNNING.contains(from) ? noted(from) : refused(from);
            case CASE_ACCEPTED -> from == SUBMITTED ? Transition.moved(ACCEPTED) : ignored(from);
            // refusing acceptance is a decision: if review took it before the withdrawal, it stands
            case CASE_NOT_ACCEPTED ->
                from == SUBMITTED || from == WITHDRAWN ? Transition.moved(NOT_ACCEPTED) : ignored(from);
            case SUPPLEMENT_REQUESTED ->
                from == SUBMITTED || RUNNING.contains(from) ? Transition.moved(SUPPLEMENT_REQUESTED) : ignored(from);
            case RESUMED_SUBMITTED -> from == SUBMITTED ? noted(from) : ignored(from);
            case RESUMED_ACCEPTED -> from == SUBMITTED ? Transition.moved(ACCEPTED) : ignored(from);
            case RESUMED_IN_REVIEW -> from == SUBMITTED ? Transition.moved(IN_REVIEW) : ignored(from);
            case OPINION_RECORDED ->
                from == ACCEPTED ? Transition.moved(IN_REVIEW) : from == IN_REVIEW ? noted(from) : ignored(from);
            case APPROVED -> decided(from, APPROVED);
            case DENIED -> decided(from, DENIED);
            case CERTIFICATE_ISSUED -> from == APPROVED || from == COMPLETED ? noted(from) : ignored(from);
            case CASE_COMPLETED -> from == APPROVED || from == DENIED ? Transition.moved(COMPLETED) : ignored(from);
            // review decided before it saw the withdrawal: the applicant is told why it did not take
            case WITHDRAWAL_REFUSED -> from == WITHDRAWN || from == DRAFT ? ignored(from) : noted(from);
            case GAP_CLOSED ->
                RUNNING.contains(from) || from == SUPPLEMENT_REQUESTED || from == SUBMITTED
                        ? noted(from)
                        : ignored(from);
            case CLOCK_CHANGED -> RUNNING.contains(from) ? noted(from) : ignored(from);
        };
    }

    /** A decision review took stands, also over a withdrawal review had not yet seen. */
    private static Transition decided(ApplicationStatus from, ApplicationStatus decision) {
        return RUNNING.contains(from) || from == WITHDRAWN ? Transition.moved(decision) : ignored(from);
    }

    private static Transition noted(ApplicationStatus from) {
        return new Transition(Effect.NOTED, from);
    }

    private static Transition ignored(ApplicationStatus from) {
        return new Transition(Effect.IGNORED, from);
    }

    private static Transition refused(ApplicationStatus from) {
        return new Transition(Effect.REFUSED, from);
    }
}
