package org.onewindow.review.casefile;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.onewindow.contracts.EventTypes;
import org.onewindow.contracts.review.CaseAccepted;
import org.onewindow.contracts.review.CaseCompleted;
import org.onewindow.contracts.review.CaseExtended;
import org.onewindow.contracts.review.CaseNotAccepted;
import org.onewindow.contracts.review.CaseOverdue;
import org.onewindow.contracts.review.DeadlineWarning;
import org.onewindow.contracts.review.DecisionMade;
import org.onewindow.contracts.review.GapClosed;
import org.onewindow.contracts.review.OpinionRecorded;
import org.onewindow.contracts.review.SpecialProcedureEnded;
import org.onewindow.contracts.review.SpecialProcedureStarted;
import org.onewindow.contracts.review.SupplementReceived;
import org.onewindow.contracts.review.SupplementRequested;
import org.onewindow.contracts.review.WithdrawalRefused;
import org.onewindow.platform.calendar.WorkingCalendar;
import org.onewindow.review.calendar.Deadlines;
import org.onewindow.review.casefile.Effect.IssueCertificate;
import org.onewindow.review.casefile.Effect.Publish;
import org.onewindow.review.casefile.Effect.Trail;
import org.onewindow.review.casefile.Outcome.Ignored;
import org.onewindow.review.casefile.Outcome.Refused;
import org.onewindow.review.casefile.Outcome.Step;

/**
 * The review case's one state machine (DOMAIN.md, case lifecycle). Every action checks the state
 * and answers a {@link Step} (the new state and what to record and publish), a {@link Refused}
 * (a staff action the state does not allow: 409) or an {@link Ignored} (a stale or duplicate
 * event). Plain Java: the calendar and the bureau's zone are given, the time of each action too.
 */
public final class CaseLifecycle {

    /** Administrative Licensing Law art. 32: deemed accepted once this many full working days have passed. */
    public static final int DEEMED_AFTER_WORKING_DAYS = 5;

    /** Art. 42: one extension of up to this many working days. */
    public static final int MAX_EXTENSION = 10;

    private static final Set<CaseStatus> RUNNING = EnumSet.of(CaseStatus.ACCEPTED, CaseStatus.IN_REVIEW);
    private static final Set<CaseStatus> OPEN = EnumSet.of(
            CaseStatus.SUBMITTED, CaseStatus.SUPPLEMENT_REQUESTED, CaseStatus.ACCEPTED, CaseStatus.IN_REVIEW);

    private final WorkingCalendar calendar;
    private final ZoneId zone;

    public CaseLifecycle(WorkingCalendar calendar, ZoneId zone) {
        this.calendar = calendar;
        this.zone = zone;
    }

    /** When an action happens: the instant, and the bureau's day it counts on. */
    public record Moment(OffsetDateTime at, LocalDate today) {}

    /**
     * The submission arrives (intake): the case exists from now on, once whatever the redeliveries.
     * {@code existed}: the case was there before this delivery (the intake's insert found its row).
     */
    public Outcome submitted(boolean existed, CaseState received) {
        if (existed) {
            return new Ignored("case " + received.caseNo() + " exists already");
        }
        return new Step(received, List.of(new Trail("RECEIVED", null, null, CaseStatus.SUBMITTED, false)));
    }

    /** The deadline acceptance today would set: the limit a gap's deadline must keep within. */
    public LocalDate deadlineIfAccepted(CaseState s, LocalDate today) {
        return Deadlines.deadline(calendar, today, s.timing().promisedDays(), 0, 0);
    }

    /** A clerk accepts (受理), with the gap materials (容缺) already checked against the item. */
    public Outcome accept(CaseState s, List<String> missing, LocalDate gapDeadline, Moment m) {
        if (s.status() != CaseStatus.SUBMITTED) {
            return refused(s);
        }
        var deadline = deadlineIfAccepted(s, m.today());
        var gap = new TreeSet<>(missing);
        var after = s.with(CaseStatus.ACCEPTED, s.timing().started(m.today(), deadline))
                .withGap(gap, gapDeadline);
        return new Step(
                after,
                List.of(
                        new Trail(
                                "ACCEPTED",
                                gap.isEmpty() ? null : "容缺: " + String.join(",", gap),
                                s.status(),
                                CaseStatus.ACCEPTED,
                                false),
                        new Publish<>(
                                EventTypes.CASE_ACCEPTED,
                                new CaseAccepted(
                                        s.caseNo(),
                                        "受理-" + s.caseNo(),
                                        deadline,
                                        List.copyOf(gap),
                                        gap.isEmpty() ? null : gapDeadline,
                                        false,
                                        m.at()))));
    }

    public Outcome notAccept(CaseState s, String legalReason, Moment m) {
        if (s.status() != CaseStatus.SUBMITTED) {
            return refused(s);
        }
        return new Step(
                s.decided(CaseStatus.NOT_ACCEPTED, "NOT_ACCEPTED", legalReason),
                List.of(
                        new Trail("NOT_ACCEPTED", legalReason, s.status(), CaseStatus.NOT_ACCEPTED, false),
                        new Publish<>(
                                EventTypes.CASE_NOT_ACCEPTED,
                                new CaseNotAccepted(s.caseNo(), "不予受理-" + s.caseNo(), legalReason, m.at()))));
    }

    /** Before acceptance or during review; the clock of an accepted case stops until the supplement. */
    public Outcome requestSupplement(CaseState s, List<SupplementRequested.Item> items, String requestedBy, Moment m) {
        if (s.status() != CaseStatus.SUBMITTED && !RUNNING.contains(s.status())) {
            return refused(s);
        }
        if (s.timing().specialProcedure() != null) {
            // one stop of the clock at a time, so no working day is taken off twice
            return new Refused("a " + s.timing().specialProcedure() + " is running for " + s.caseNo()
                    + "; end it before asking for a supplement");
        }
        var timing = s.timing().acceptedOn() == null ? s.timing() : s.timing().paused(m.today());
        return new Step(
                s.with(CaseStatus.SUPPLEMENT_REQUESTED, timing),
                List.of(
                        new Trail(
                                "SUPPLEMENT_REQUESTED",
                                items.size() + " item(s)",
                                s.status(),
                                CaseStatus.SUPPLEMENT_REQUESTED,
                                false),
                        new Publish<>(
                                EventTypes.SUPPLEMENT_REQUESTED,
                                new SupplementRequested(s.caseNo(), items, requestedBy, m.at()))));
    }

    /**
     * The applicant's supplement arrives: back to the clerk if the case was never accepted, else
     * back into review with the clock running again and the deadline moved by the working days it
     * stood still. Review says where the case went (SupplementReceived): it owns the case.
     */
    public Outcome resubmitted(CaseState s, Moment m) {
        if (s.status() != CaseStatus.SUPPLEMENT_REQUESTED) {
            return new Ignored("case " + s.caseNo() + " is " + s.status() + ", not waiting for a supplement");
        }
        var timing = s.timing();
        CaseStatus back = CaseStatus.SUBMITTED;
        if (timing.acceptedOn() != null) {
            int stood = calendar.workingDaysBetween(timing.pausedSince(), m.today());
            var deadline = Deadlines.deadline(
                    calendar,
                    timing.acceptedOn(),
                    timing.promisedDays(),
                    timing.pausedDays() + stood,
                    timing.extensionDays());
            timing = timing.resumed(stood, deadline);
            back = s.opinionsFrom().isEmpty() ? CaseStatus.ACCEPTED : CaseStatus.IN_REVIEW;
        }
        return new Step(
                s.with(back, timing).receivedAgain(m.at()),
                List.of(
                        new Trail("RESUBMITTED", null, s.status(), back, false),
                        new Publish<>(
                                EventTypes.SUPPLEMENT_RECEIVED,
                                new SupplementReceived(s.caseNo(), back.name(), timing.deadline(), m.at()))));
    }

    /** A listed department's opinion, once each (the caller checked the department is listed). */
    public Outcome recordOpinion(CaseState s, String department, String opinion, boolean favourable, Moment m) {
        if (!RUNNING.contains(s.status())) {
            return refused(s);
        }
        if (s.opinionsFrom().contains(department)) {
            return new Refused("department " + department + " has given its opinion already");
        }
        return new Step(
                s.with(CaseStatus.IN_REVIEW, s.timing()).withOpinionFrom(department),
                List.of(
                        new Trail("OPINION", opinion, s.status(), CaseStatus.IN_REVIEW, false),
                        new Publish<>(
                                EventTypes.OPINION_RECORDED,
                                new OpinionRecorded(s.caseNo(), department, opinion, favourable, m.at()))));
    }

    /**
     * The approver decides once every department has given its opinion, no special procedure runs,
     * and, for an approval, no gap material is outstanding. The case is completed in the same step.
     */
    public Outcome decide(CaseState s, boolean approve, String reason, Moment m) {
        if (s.status() != CaseStatus.IN_REVIEW) {
            return refused(s);
        }
        if (s.timing().specialProcedure() != null) {
            return new Refused("a " + s.timing().specialProcedure() + " is running for " + s.caseNo()
                    + "; no decision until it ends");
        }
        if (!s.waitingFor().isEmpty()) {
            return new Refused("waiting for the opinions of " + String.join(", ", s.waitingFor()));
        }
        if (approve && !s.openGap().isEmpty()) {
            return new Refused("no approval while gap materials are outstanding: "
                    + String.join(", ", new TreeSet<>(s.openGap())));
        }
        var decided = approve ? CaseStatus.APPROVED : CaseStatus.DENIED;
        int workingDays = WorkingDaysUsed.of(calendar, s.timing(), m.today());
        boolean onTime = !m.today().isAfter(s.timing().deadline());
        var effects = new ArrayList<Effect>();
        effects.add(new Trail("DECIDED", reason, s.status(), decided, false));
        effects.add(new Publish<>(
                EventTypes.DECISION_MADE, new DecisionMade(s.caseNo(), approve ? "APPROVE" : "DENY", reason, m.at())));
        if (approve) {
            effects.add(new IssueCertificate(reason));
        }
        effects.add(new Trail("COMPLETED", null, decided, CaseStatus.COMPLETED, true));
        effects.add(new Publish<>(
                EventTypes.CASE_COMPLETED, new CaseCompleted(s.caseNo(), decided.name(), workingDays, onTime, m.at())));
        return new Step(s.decided(CaseStatus.COMPLETED, decided.name(), reason), effects);
    }

    /**
     * The applicant withdrew. Before a decision the case closes; after one the decision stands and
     * the refusal is published, so the applicant learns why the withdrawal did not take effect.
     */
    public Outcome withdraw(CaseState s, String reason, Moment m) {
        if (s.status() == CaseStatus.WITHDRAWN) {
            return new Ignored("case " + s.caseNo() + " is withdrawn already");
        }
        if (!OPEN.contains(s.status())) {
            var refusal = "case " + s.caseNo() + " was decided (" + s.status() + ") before the withdrawal arrived";
            return new Step(
                    s,
                    List.of(
                            new Trail("WITHDRAWAL_REFUSED", refusal, s.status(), s.status(), true),
                            new Publish<>(
                                    EventTypes.WITHDRAWAL_REFUSED,
                                    new WithdrawalRefused(s.caseNo(), s.status().name(), refusal, m.at()))));
        }
        return new Step(
                s.with(CaseStatus.WITHDRAWN, s.timing().stopped()),
                List.of(new Trail("WITHDRAWN", reason, s.status(), CaseStatus.WITHDRAWN, false)));
    }

    /** Whether a case received on {@code receivedOn} and not acted on is deemed accepted on {@code today}. */
    public boolean deemedDue(LocalDate receivedOn, LocalDate today) {
        return calendar.workingDaysBetween(receivedOn, today) > DEEMED_AFTER_WORKING_DAYS;
    }

    /** The last day of receipt whose cases are deemed accepted on {@code today}: the sweep's cut-off. */
    public LocalDate lastReceiptDeemedBy(LocalDate today) {
        var day = today;
        while (!deemedDue(day, today)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /**
     * No clerk acted within 5 working days of the latest (re)submission: accepted as of that day
     * (art. 32), on the 6th working day.
     */
    public Outcome deemAccepted(CaseState s, Moment m) {
        if (s.status() != CaseStatus.SUBMITTED) {
            return new Ignored("case " + s.caseNo() + " is " + s.status());
        }
        var receivedOn = s.receivedAt().atZoneSameInstant(zone).toLocalDate();
        if (!deemedDue(receivedOn, m.today())) {
            return new Ignored("case " + s.caseNo() + " is within its 5 working days");
        }
        var deadline = Deadlines.deadline(calendar, receivedOn, s.timing().promisedDays(), 0, 0);
        return new Step(
                s.with(CaseStatus.ACCEPTED, s.timing().started(receivedOn, deadline)),
                List.of(
                        new Trail(
                                "DEEMED_ACCEPTED",
                                "no clerk acted within " + DEEMED_AFTER_WORKING_DAYS + " working days",
                                s.status(),
                                CaseStatus.ACCEPTED,
                                true),
                        new Publish<>(
                                EventTypes.CASE_ACCEPTED,
                                new CaseAccepted(
                                        s.caseNo(), "视为受理-" + s.caseNo(), deadline, List.of(), null, true, m.at()))));
    }

    /** The one extension (art. 42), with the approver's reason. */
    public Outcome extend(CaseState s, int workingDays, String reason, Moment m) {
        if (!RUNNING.contains(s.status())) {
            return refused(s);
        }
        if (s.timing().extensionDays() > 0) {
            return new Refused("case " + s.caseNo() + " has been extended once already");
        }
        if (workingDays < 1 || workingDays > MAX_EXTENSION) {
            return new Refused("an extension is 1 to " + MAX_EXTENSION + " working days");
        }
        var t = s.timing();
        var deadline = Deadlines.deadline(calendar, t.acceptedOn(), t.promisedDays(), t.pausedDays(), workingDays);
        return new Step(
                s.with(s.status(), t.extended(workingDays, deadline)).withWarning(Deadlines.Warning.NONE),
                List.of(
                        new Trail("EXTENDED", workingDays + " working days: " + reason, s.status(), s.status(), false),
                        new Publish<>(
                                EventTypes.CASE_EXTENDED,
                                new CaseExtended(s.caseNo(), workingDays, reason, deadline, m.at()))));
    }

    /** A hearing, expert review or inspection starts: the clock stops and no decision is taken until it ends. */
    public Outcome startSpecial(CaseState s, String procedure, String note, Moment m) {
        if (!RUNNING.contains(s.status())) {
            return refused(s);
        }
        if (s.timing().specialProcedure() != null) {
            return new Refused("a " + s.timing().specialProcedure() + " is already running for " + s.caseNo());
        }
        return new Step(
                s.with(s.status(), s.timing().special(procedure, m.today())),
                List.of(
                        new Trail("SPECIAL_PROCEDURE_STARTED", procedure + ": " + note, s.status(), s.status(), false),
                        new Publish<>(
                                EventTypes.SPECIAL_PROCEDURE_STARTED,
                                new SpecialProcedureStarted(s.caseNo(), procedure, note, m.at()))));
    }

    /** The special procedure ends: its working days move the deadline, and the clock runs again. */
    public Outcome endSpecial(CaseState s, Moment m) {
        if (!RUNNING.contains(s.status())) {
            return refused(s);
        }
        var t = s.timing();
        if (t.specialProcedure() == null) {
            return new Refused("no special procedure is running for " + s.caseNo());
        }
        int days = calendar.workingDaysBetween(t.specialSince(), m.today());
        var deadline = Deadlines.deadline(
                calendar, t.acceptedOn(), t.promisedDays(), t.pausedDays() + days, t.extensionDays());
        var after = s.with(s.status(), t.resumed(days, deadline));
        return new Step(
                days > 0 ? after.withWarning(Deadlines.Warning.NONE) : after,
                List.of(
                        new Trail(
                                "SPECIAL_PROCEDURE_ENDED",
                                t.specialProcedure() + ": " + days + " working days not counted",
                                s.status(),
                                s.status(),
                                false),
                        new Publish<>(
                                EventTypes.SPECIAL_PROCEDURE_ENDED,
                                new SpecialProcedureEnded(s.caseNo(), t.specialProcedure(), days, deadline, m.at()))));
    }

    /** The applicant handed in a material of the gap; the last one closes it. */
    public Outcome gapMaterialProvided(CaseState s, String materialId, Moment m) {
        if (!OPEN.contains(s.status())) {
            return new Ignored("case " + s.caseNo() + " is " + s.status());
        }
        if (!s.openGap().contains(materialId)) {
            return new Ignored(materialId + " is not an open gap material of " + s.caseNo());
        }
        var rest = new HashSet<>(s.openGap());
        rest.remove(materialId);
        var after = s.withGap(rest, s.gapDeadline());
        if (!rest.isEmpty()) {
            return new Step(
                    after, List.of(new Trail("GAP_MATERIAL_PROVIDED", materialId, s.status(), s.status(), false)));
        }
        return new Step(
                after,
                List.of(
                        new Trail("GAP_MATERIAL_PROVIDED", materialId, s.status(), s.status(), false),
                        new Trail("GAP_CLOSED", null, s.status(), s.status(), true),
                        new Publish<>(EventTypes.GAP_CLOSED, new GapClosed(s.caseNo(), m.at()))));
    }

    /**
     * The sweep's look at a running case: a level higher than the last announced is announced once
     * (YELLOW as DeadlineWarning, RED as CaseOverdue). A stopped clock reads as on the day it stopped.
     */
    public Outcome warn(CaseState s, String department, Moment m) {
        if (!RUNNING.contains(s.status()) || s.timing().deadline() == null) {
            return new Ignored("case " + s.caseNo() + " is " + s.status() + ", its clock not running");
        }
        var level = WorkingDaysUsed.warning(calendar, s.timing(), m.today());
        if (level.ordinal() <= s.warning().ordinal()) {
            return new Ignored("case " + s.caseNo() + " was announced " + s.warning() + " already");
        }
        var deadline = s.timing().deadline();
        Effect announce = level == Deadlines.Warning.RED
                ? new Publish<>(EventTypes.CASE_OVERDUE, new CaseOverdue(s.caseNo(), department, deadline, m.at()))
                : new Publish<>(
                        EventTypes.DEADLINE_WARNING,
                        new DeadlineWarning(
                                s.caseNo(),
                                department,
                                deadline,
                                calendar.workingDaysBetween(WorkingDaysUsed.clockDay(s.timing(), m.today()), deadline),
                                m.at()));
        return new Step(s.withWarning(level), List.of(announce));
    }

    private static Refused refused(CaseState s) {
        return new Refused("case " + s.caseNo() + " is " + s.status() + "; someone may have acted on it just now");
    }
}
