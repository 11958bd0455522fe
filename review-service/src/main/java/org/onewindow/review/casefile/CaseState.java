package org.onewindow.review.casefile;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.onewindow.review.calendar.Deadlines;

/**
 * What {@link CaseLifecycle} decides on: where a review case stands and its clock. The store reads
 * it with the row lock held and writes back what a transition returns.
 *
 * @param receivedAt the latest (re)submission: deemed acceptance counts from its day
 * @param opinionsFrom the departments that have given their opinion
 * @param openGap materials accepted with a gap (容缺) and not yet handed in
 * @param gapDeadline by when the open gap materials are due; null without a gap
 * @param warning the last warning level announced
 */
public record CaseState(
        String caseNo,
        CaseStatus status,
        List<String> reviewDepartments,
        Set<String> opinionsFrom,
        OffsetDateTime receivedAt,
        Timing timing,
        Set<String> openGap,
        LocalDate gapDeadline,
        Deadlines.Warning warning,
        String decision,
        String decisionReason) {

    public CaseState {
        reviewDepartments = List.copyOf(reviewDepartments);
        opinionsFrom = Set.copyOf(opinionsFrom);
        openGap = Set.copyOf(openGap);
    }

    /** A case just received: nothing decided, no clock yet. */
    public static CaseState received(
            String caseNo, List<String> reviewDepartments, int promisedDays, OffsetDateTime receivedAt) {
        return new CaseState(
                caseNo,
                CaseStatus.SUBMITTED,
                reviewDepartments,
                Set.of(),
                receivedAt,
                Timing.notStarted(promisedDays),
                Set.of(),
                null,
                Deadlines.Warning.NONE,
                null,
                null);
    }

    /**
     * The case's clock: it starts on acceptance, stands still during a supplement ({@code
     * pausedSince}) and a special procedure ({@code specialSince}), and the working days it stood
     * still move the deadline once it runs again.
     */
    public record Timing(
            LocalDate acceptedOn,
            int promisedDays,
            int pausedDays,
            int extensionDays,
            LocalDate pausedSince,
            String specialProcedure,
            LocalDate specialSince,
            LocalDate deadline) {

        static Timing notStarted(int promisedDays) {
            return new Timing(null, promisedDays, 0, 0, null, null, null, null);
        }

        /** The day the clock stopped, or null while it runs. */
        public LocalDate stoppedSince() {
            return pausedSince != null ? pausedSince : specialSince;
        }

        Timing started(LocalDate on, LocalDate newDeadline) {
            return new Timing(on, promisedDays, 0, 0, null, null, null, newDeadline);
        }

        Timing paused(LocalDate since) {
            return new Timing(acceptedOn, promisedDays, pausedDays, extensionDays, since, null, null, deadline);
        }

        Timing resumed(int morePausedDays, LocalDate newDeadline) {
            return new Timing(
                    acceptedOn,
                    promisedDays,
                    pausedDays + morePausedDays,
                    extensionDays,
                    null,
                    null,
                    null,
                    newDeadline);
        }

        Timing extended(int days, LocalDate newDeadline) {
            return new Timing(
                    acceptedOn,
                    promisedDays,
                    pausedDays,
                    days,
                    pausedSince,
                    specialProcedure,
                    specialSince,
                    newDeadline);
        }

        Timing special(String procedure, LocalDate since) {
            return new Timing(
                    acceptedOn, promisedDays, pausedDays, extensionDays, pausedSince, procedure, since, deadline);
        }

        Timing stopped() {
            return new Timing(acceptedOn, promisedDays, pausedDays, extensionDays, null, null, null, deadline);
        }
    }

    CaseState with(CaseStatus newStatus, Timing newTiming) {
        return new CaseState(
                caseNo,
                newStatus,
                reviewDepartments,
                opinionsFrom,
                receivedAt,
                newTiming,
                openGap,
                gapDeadline,
                warning,
                decision,
                decisionReason);
    }

    CaseState receivedAgain(OffsetDateTime at) {
        return new CaseState(
                caseNo,
                status,
                reviewDepartments,
                opinionsFrom,
                at,
                timing,
                openGap,
                gapDeadline,
                warning,
                decision,
                decisionReason);
    }

    CaseState withOpinionFrom(String department) {
        var from = new TreeSet<>(opinionsFrom);
        from.add(department);
        return new CaseState(
                caseNo,
                status,
                reviewDepartments,
                from,
                receivedAt,
                timing,
                openGap,
                gapDeadline,
                warning,
                decision,
                decisionReason);
    }

    CaseState withGap(Set<String> materials, LocalDate deadline) {
        return new CaseState(
                caseNo,
                status,
                reviewDepartments,
                opinionsFrom,
                receivedAt,
                timing,
                materials,
                materials.isEmpty() ? null : deadline,
                warning,
                decision,
                decisionReason);
    }

    CaseState withWarning(Deadlines.Warning level) {
        return new CaseState(
                caseNo,
                status,
                reviewDepartments,
                opinionsFrom,
                receivedAt,
                timing,
                openGap,
                gapDeadline,
                level,
                decision,
                decisionReason);
    }

    CaseState decided(CaseStatus newStatus, String newDecision, String reason) {
        return new CaseState(
                caseNo,
                newStatus,
                reviewDepartments,
                opinionsFrom,
                receivedAt,
                timing,
                openGap,
                gapDeadline,
                warning,
                newDecision,
                reason);
    }

    /** Departments still to give their opinion. */
    public List<String> waitingFor() {
        return reviewDepartments.stream().filter(d -> !opinionsFrom.contains(d)).toList();
    }
}
