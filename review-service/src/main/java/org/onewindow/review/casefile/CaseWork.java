package org.onewindow.review.casefile;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.onewindow.contracts.review.SupplementRequested;
import org.onewindow.platform.security.Caller;
import org.onewindow.platform.web.FieldProblem;
import org.onewindow.platform.web.ProblemException;
import org.onewindow.review.calendar.Calendars;
import org.onewindow.review.item.ReviewItems;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff do to a case: accept, refuse or ask for supplement (clerk), give a department's
 * opinion (reviewer), decide (approver), extend or stop the clock for a special procedure. Each
 * step locks the case and lets {@link CaseLifecycle} decide, all in one transaction.
 */
@Service
class CaseWork {

    private final CaseTransitions transitions;
    private final CaseStore cases;
    private final ReviewItems items;
    private final Calendars calendars;
    private final MeterRegistry meters;

    CaseWork(
            CaseTransitions transitions,
            CaseStore cases,
            ReviewItems items,
            Calendars calendars,
            MeterRegistry meters) {
        this.transitions = transitions;
        this.cases = cases;
        this.items = items;
        this.calendars = calendars;
        this.meters = meters;
    }

    @Transactional
    ReviewCase accept(String caseNo, List<String> missingMaterials, LocalDate gapDeadline) {
        var missing = missingMaterials == null ? List.<String>of() : missingMaterials;
        var now = transitions.now();
        return act(caseNo, (machine, c) -> {
            if (!missing.isEmpty() && c.status() == CaseStatus.SUBMITTED) {
                checkGap(c, missing, gapDeadline, machine.deadlineIfAccepted(c.state(), now.today()), now.today());
            }
            return machine.accept(c.state(), missing, gapDeadline, now);
        });
    }

    private void checkGap(
            ReviewCase c, List<String> missing, LocalDate gapDeadline, LocalDate deadline, LocalDate today) {
        var allowed = items.find(c.itemCode(), c.itemVersion()).orElseThrow().gapMaterials();
        var problems = new ArrayList<FieldProblem>();
        missing.stream()
                .filter(m -> !allowed.contains(m))
                .forEach(m -> problems.add(new FieldProblem(
                        "missingMaterials", "gap-not-allowed", "the item does not allow accepting without " + m)));
        if (gapDeadline == null || gapDeadline.isAfter(deadline) || gapDeadline.isBefore(today)) {
            problems.add(new FieldProblem(
                    "gapDeadline", "invalid-gap-deadline", "a date from today to the promised deadline " + deadline));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.validation(problems);
        }
    }

    @Transactional
    ReviewCase notAccept(String caseNo, String legalReason) {
        var now = transitions.now();
        return act(caseNo, (machine, c) -> machine.notAccept(c.state(), legalReason, now));
    }

    @Transactional
    ReviewCase requestSupplement(String caseNo, List<SupplementRequested.Item> requested) {
        var now = transitions.now();
        var by = Caller.current().username();
        return act(caseNo, (machine, c) -> machine.requestSupplement(c.state(), requested, by, now));
    }

    @Transactional
    ReviewCase recordOpinion(String caseNo, String opinion, boolean favourable) {
        var caller = Caller.current();
        var department = caller.department().orElse("");
        var now = transitions.now();
        var after = act(caseNo, (machine, c) -> {
            if (!c.state().reviewDepartments().contains(department)) {
                throw forbidden("department " + department + " does not review this item");
            }
            return machine.recordOpinion(c.state(), department, opinion, favourable, now);
        });
        cases.addOpinion(caseNo, new CaseStore.Opinion(department, caller.username(), opinion, favourable, now.at()));
        return after;
    }

    @Transactional
    ReviewCase decide(String caseNo, boolean approve, String reason) {
        var now = transitions.now();
        var before = cases.lock(caseNo).orElseThrow(() -> ProblemException.notFound("no case " + caseNo));
        var after = act(caseNo, (machine, c) -> machine.decide(c.state(), approve, reason, now));
        meters.summary("onewindow.review.working.days.to.decision", "item", before.itemCode())
                .record(WorkingDaysUsed.of(calendars.current(), before.state().timing(), now.today()));
        return after;
    }

    @Transactional
    ReviewCase extend(String caseNo, int workingDays, String reason) {
        var now = transitions.now();
        return act(caseNo, (machine, c) -> {
            if (!CaseAccess.mayExtend(Caller.current())) {
                throw forbidden("an extension is the approver's");
            }
            return machine.extend(c.state(), workingDays, reason, now);
        });
    }

    @Transactional
    ReviewCase startSpecialProcedure(String caseNo, String procedure, String note) {
        var now = transitions.now();
        return act(caseNo, (machine, c) -> {
            mayStopClock(c);
            return machine.startSpecial(c.state(), procedure, note, now);
        });
    }

    @Transactional
    ReviewCase endSpecialProcedure(String caseNo) {
        var now = transitions.now();
        return act(caseNo, (machine, c) -> {
            mayStopClock(c);
            return machine.endSpecial(c.state(), now);
        });
    }

    private static void mayStopClock(ReviewCase c) {
        if (!CaseAccess.mayStopClock(Caller.current(), c.state())) {
            throw forbidden("a special procedure is for the case's reviewers and the approver");
        }
    }

    /**
     * A step by the calling staff member on a case she can see: for anyone else the case does not
     * exist (404), checked under the row lock before the machine is asked.
     */
    private ReviewCase act(String caseNo, BiFunction<CaseLifecycle, ReviewCase, Outcome> action) {
        var caller = Caller.current();
        return transitions.act(caseNo, actor(caller), (machine, c) -> {
            if (!CaseAccess.maySee(caller, c.state())) {
                throw ProblemException.notFound("no case " + caseNo);
            }
            return action.apply(machine, c);
        });
    }

    private static ProblemException forbidden(String detail) {
        return new ProblemException(HttpStatus.FORBIDDEN, "forbidden", detail, List.of());
    }

    private static CaseTransitions.Actor actor(Caller caller) {
        return new CaseTransitions.Actor(
                caller.username(),
                CaseAccess.recordedRole(caller.roles()),
                caller.department().orElse(null));
    }
}
