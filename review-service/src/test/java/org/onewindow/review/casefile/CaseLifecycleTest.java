package org.onewindow.review.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.review.casefile.CaseStates.ACCEPTED_ON;
import static org.onewindow.review.casefile.CaseStates.DEADLINE;
import static org.onewindow.review.casefile.CaseStates.MACHINE;
import static org.onewindow.review.casefile.CaseStates.NOW;
import static org.onewindow.review.casefile.CaseStates.TODAY;
import static org.onewindow.review.casefile.CaseStates.at;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onewindow.contracts.review.SupplementReceived;
import org.onewindow.contracts.review.WithdrawalRefused;
import org.onewindow.review.calendar.Deadlines;

/** The rules within a state that the table's typical cases do not show (DOMAIN.md, case lifecycle). */
class CaseLifecycleTest {

    static Outcome.Step step(Outcome outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Step.class);
        return (Outcome.Step) outcome;
    }

    static <P> P published(Outcome outcome, Class<P> type) {
        return step(outcome).effects().stream()
                .filter(e -> e instanceof Effect.Publish<?> p && type.isInstance(p.payload()))
                .map(e -> type.cast(((Effect.Publish<?>) e).payload()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " published"));
    }

    static String reason(Outcome outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Refused.class);
        return ((Outcome.Refused) outcome).reason();
    }

    @Test
    void aSupplementDuringReviewReturnsTheCaseToReviewWithTheDeadlineMovedByTheDaysItStoodStill() {
        var asked = step(MACHINE.requestSupplement(
                        CaseStates.state(CaseStatus.IN_REVIEW, Set.of("publishing"), CaseStates.running(), Set.of()),
                        List.of(),
                        "clerk",
                        at(LocalDate.of(2026, 3, 5))))
                .after();
        var resubmitted = MACHINE.resubmitted(asked, at(LocalDate.of(2026, 3, 9)));

        var back = step(resubmitted).after();
        assertThat(back.status()).isEqualTo(CaseStatus.IN_REVIEW);
        assertThat(back.timing().pausedDays()).as("Fri 03-06 and Mon 03-09").isEqualTo(2);
        assertThat(back.timing().deadline()).isEqualTo(LocalDate.of(2026, 3, 12));
        assertThat(back.timing().stoppedSince()).isNull();
        assertThat(back.receivedAt()).isEqualTo(at(LocalDate.of(2026, 3, 9)).at());
        assertThat(published(resubmitted, SupplementReceived.class))
                .isEqualTo(new SupplementReceived(
                        back.caseNo(),
                        "IN_REVIEW",
                        LocalDate.of(2026, 3, 12),
                        at(LocalDate.of(2026, 3, 9)).at()));
    }

    @Test
    void aSupplementBeforeAcceptanceReturnsTheCaseToTheClerkWithoutAClock() {
        var asked = step(MACHINE.requestSupplement(CaseStates.submitted(), List.of(), "clerk", NOW))
                .after();
        var resubmitted = MACHINE.resubmitted(asked, at(TODAY.plusDays(1)));

        assertThat(step(resubmitted).after().status()).isEqualTo(CaseStatus.SUBMITTED);
        assertThat(published(resubmitted, SupplementReceived.class).deadline()).isNull();
        assertThat(published(resubmitted, SupplementReceived.class).status()).isEqualTo("SUBMITTED");
    }

    @Test
    void deemedAcceptanceComesOnTheSixthWorkingDayAsOfTheDayOfReceipt() {
        var received = CaseStates.submitted(); // Monday 03-02
        assertThat(MACHINE.deemAccepted(received, at(LocalDate.of(2026, 3, 9))))
                .as("the 5th working day has not passed yet")
                .isInstanceOf(Outcome.Ignored.class);

        var deemed = step(MACHINE.deemAccepted(received, at(LocalDate.of(2026, 3, 10))));
        assertThat(deemed.after().status()).isEqualTo(CaseStatus.ACCEPTED);
        assertThat(deemed.after().timing().acceptedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(MACHINE.lastReceiptDeemedBy(LocalDate.of(2026, 3, 10))).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void deemedAcceptanceCountsFromTheLatestResubmission() {
        var asked = step(MACHINE.requestSupplement(
                        CaseStates.submitted(), List.of(), "clerk", at(LocalDate.of(2026, 3, 3))))
                .after();
        var resubmittedOnThursday =
                step(MACHINE.resubmitted(asked, at(LocalDate.of(2026, 3, 5)))).after();

        assertThat(MACHINE.deemAccepted(resubmittedOnThursday, at(LocalDate.of(2026, 3, 12))))
                .as("5 working days after the resubmission, not yet")
                .isInstanceOf(Outcome.Ignored.class);
        var deemed = step(MACHINE.deemAccepted(resubmittedOnThursday, at(LocalDate.of(2026, 3, 13))));
        assertThat(deemed.after().timing().acceptedOn()).isEqualTo(LocalDate.of(2026, 3, 5));
    }

    @Test
    void noDecisionWhileASpecialProcedureRuns() {
        var special = step(MACHINE.startSpecial(CaseStates.inReview(), "HEARING", "听证", NOW))
                .after();

        assertThat(reason(MACHINE.decide(special, true, "符合条件", NOW))).contains("HEARING");
        assertThat(reason(MACHINE.decide(special, false, "不符合", NOW))).contains("HEARING");
        assertThat(reason(MACHINE.requestSupplement(special, List.of(), "clerk", NOW)))
                .contains("HEARING");
    }

    @Test
    void aRunningSpecialProcedureStopsTheClockForWarningsAndItsDaysMoveTheDeadline() {
        var justAccepted = CaseStates.state(
                CaseStatus.IN_REVIEW,
                Set.copyOf(CaseStates.DEPARTMENTS),
                new CaseState.Timing(ACCEPTED_ON, 12, 0, 0, null, null, null, DEADLINE),
                Set.of());
        var onMonday = LocalDate.of(2026, 2, 23); // 1 working day used of 12
        var special = step(MACHINE.startSpecial(justAccepted, "EXPERT_REVIEW", "专家评审", at(onMonday)))
                .after();

        assertThat(MACHINE.warn(special, "radio-tv", NOW))
                .as("past the old deadline, but the clock stands still")
                .isInstanceOf(Outcome.Ignored.class);
        var ended = step(MACHINE.endSpecial(special, NOW)).after();
        assertThat(ended.timing().pausedDays()).as("02-24 to 03-16").isEqualTo(15);
        assertThat(ended.timing().deadline()).isEqualTo(plusWorkingDays(ACCEPTED_ON, 12 + 15));
        assertThat(MACHINE.warn(ended, "radio-tv", NOW)).isInstanceOf(Outcome.Ignored.class);
    }

    private static LocalDate plusWorkingDays(LocalDate from, int days) {
        return CaseStates.CALENDAR.plusWorkingDays(from, days);
    }

    @Test
    void noApprovalWhileAGapIsOpenButADenialStands() {
        var withGap = CaseStates.state(
                CaseStatus.IN_REVIEW,
                Set.copyOf(CaseStates.DEPARTMENTS),
                CaseStates.running(),
                Set.of("premises-proof", "fire-safety"));

        assertThat(reason(MACHINE.decide(withGap, true, "符合条件", NOW))).contains("fire-safety, premises-proof");
        assertThat(step(MACHINE.decide(withGap, false, "不符合", NOW)).after().decision())
                .isEqualTo("DENIED");
    }

    @Test
    void theGapClosesWithItsLastMaterial() {
        var accepted = MACHINE.accept(
                CaseStates.submitted(), List.of("premises-proof", "fire-safety"), TODAY.plusDays(5), NOW);
        var withGap = step(accepted).after();
        assertThat(withGap.openGap()).containsExactlyInAnyOrder("premises-proof", "fire-safety");
        assertThat(withGap.gapDeadline()).isEqualTo(TODAY.plusDays(5));

        var one = step(MACHINE.gapMaterialProvided(withGap, "fire-safety", NOW));
        assertThat(one.after().openGap()).containsExactly("premises-proof");
        assertThat(one.effects()).noneMatch(e -> e instanceof Effect.Publish<?>);
        assertThat(MACHINE.gapMaterialProvided(one.after(), "fire-safety", NOW))
                .as("handed in twice")
                .isInstanceOf(Outcome.Ignored.class);

        var last = MACHINE.gapMaterialProvided(one.after(), "premises-proof", NOW);
        assertThat(step(last).after().openGap()).isEmpty();
        assertThat(step(last).after().gapDeadline()).isNull();
        assertThat(published(last, org.onewindow.contracts.review.GapClosed.class)
                        .caseNo())
                .isEqualTo(withGap.caseNo());
    }

    @Test
    void aWithdrawalAfterTheDecisionIsRefusedAndSaysWhy() {
        var completed = CaseStates.decided(CaseStatus.COMPLETED);
        var refused = MACHINE.withdraw(completed, "不再需要", NOW);

        assertThat(step(refused).after()).isEqualTo(completed);
        var said = published(refused, WithdrawalRefused.class);
        assertThat(said.status()).isEqualTo("COMPLETED");
        assertThat(said.reason()).contains("decided");
    }

    @Test
    void aDecisionOnAWithdrawnCaseIsRefused() {
        var withdrawn =
                step(MACHINE.withdraw(CaseStates.inReview(), "不再需要", NOW)).after();
        assertThat(withdrawn.status()).isEqualTo(CaseStatus.WITHDRAWN);
        assertThat(reason(MACHINE.decide(withdrawn, true, "符合条件", NOW))).contains("WITHDRAWN");
    }

    @Test
    void eachWarningLevelIsAnnouncedOnce() {
        var running = CaseStates.accepted();
        var red = step(MACHINE.warn(running, "radio-tv", NOW)).after();
        assertThat(red.warning()).isEqualTo(Deadlines.Warning.RED);
        assertThat(MACHINE.warn(red, "radio-tv", NOW)).isInstanceOf(Outcome.Ignored.class);
    }

    @Test
    void aCaseIsExtendedOnceWithinTheLawsTenDays() {
        assertThat(reason(MACHINE.extend(CaseStates.accepted(), 11, "x", NOW))).contains("10");
        var extended =
                step(MACHINE.extend(CaseStates.accepted(), 5, "需要现场核查", NOW)).after();
        assertThat(extended.timing().deadline()).isEqualTo(plusWorkingDays(ACCEPTED_ON, 17));
        assertThat(reason(MACHINE.extend(extended, 5, "again", NOW))).contains("once");
    }

    @Test
    void aSecondDepartmentsOpinionKeepsTheCaseInReviewAndNoDepartmentGivesTwo() {
        var one = CaseStates.state(CaseStatus.IN_REVIEW, Set.of("publishing"), CaseStates.running(), Set.of());
        assertThat(reason(MACHINE.decide(one, true, "符合条件", NOW))).contains("radio-tv");
        assertThat(reason(MACHINE.recordOpinion(one, "publishing", "同意", true, NOW)))
                .contains("already");
        var both = step(MACHINE.recordOpinion(one, "radio-tv", "同意", true, NOW)).after();
        assertThat(both.status()).isEqualTo(CaseStatus.IN_REVIEW);
        assertThat(both.waitingFor()).isEmpty();
    }
}
