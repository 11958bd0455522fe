package org.onewindow.disclosure.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.onewindow.contracts.EventTypes;
import org.onewindow.contracts.application.ApplicationEvaluated;
import org.onewindow.contracts.disclosure.RectificationReported;
import org.onewindow.disclosure.calendar.DisclosureCalendar;
import org.onewindow.disclosure.statistics.Period;
import org.onewindow.disclosure.statistics.Rated;
import org.onewindow.disclosure.statistics.Satisfaction;
import org.onewindow.disclosure.statistics.SatisfactionService;
import org.onewindow.platform.messaging.EventPublisher;
import org.onewindow.platform.privacy.Masking;
import org.onewindow.platform.web.ProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evaluations and the rectification of poor reviews (DOMAIN.md): a poor first rating opens the
 * case's rectification; the department calls the applicant back, then reports the rectification,
 * and the report lets the applicant rate once more (RectificationReported, sent with the report).
 */
@Service
class EvaluationService {

    private final RectificationStore rectifications;
    private final SatisfactionService satisfaction;
    private final DisclosureCalendar calendar;
    private final EventPublisher events;
    private final Clock clock;

    EvaluationService(
            RectificationStore rectifications,
            SatisfactionService satisfaction,
            DisclosureCalendar calendar,
            EventPublisher events,
            Clock clock) {
        this.rectifications = rectifications;
        this.satisfaction = satisfaction;
        this.calendar = calendar;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    void evaluated(ApplicationEvaluated evaluated) {
        var rated = satisfaction.rate(evaluated);
        if (rated == Rated.FIRST && evaluated.level() <= Satisfaction.POOR) {
            rectifications.open(evaluated);
        }
    }

    Evaluations evaluations(String department, LocalDate from, LocalDate to, int page, int size) {
        var period = Period.of(from, to, clock);
        var ratings = satisfaction.byDepartment(period, department);
        int limit = Math.min(Math.max(size, 1), 100);
        var opened = rectifications.opened(period, department, limit, Math.max(page, 0) * limit).stream()
                .map(this::view)
                .toList();
        return new Evaluations(
                period.from(),
                period.to(),
                SatisfactionService.total(ratings),
                ratings.entrySet().stream()
                        .map(e -> new Evaluations.DepartmentSatisfaction(e.getKey(), e.getValue()))
                        .toList(),
                opened);
    }

    @Transactional
    Rectification callBack(String caseNo, String note, String by) {
        require(caseNo);
        if (!rectifications.recordStep(
                caseNo, RectificationStore.Step.CALL_BACK, note, by, OffsetDateTime.now(clock))) {
            throw ProblemException.conflict("the applicant was already called back");
        }
        return view(require(caseNo));
    }

    @Transactional
    Rectification report(String caseNo, String note, String by) {
        var open = require(caseNo);
        if (open.calledBackAt() == null) {
            throw ProblemException.conflict("call the applicant back before reporting the rectification");
        }
        var now = OffsetDateTime.now(clock);
        if (!rectifications.recordStep(caseNo, RectificationStore.Step.REPORT, note, by, now)) {
            throw ProblemException.conflict("the rectification is already reported");
        }
        events.publish(
                EventTypes.RECTIFICATION_REPORTED, caseNo, new RectificationReported(caseNo, open.department(), now));
        return view(require(caseNo));
    }

    private RectificationStore.Row require(String caseNo) {
        return rectifications
                .find(caseNo)
                .orElseThrow(() -> ProblemException.notFound("no rectification for case " + caseNo));
    }

    private Rectification view(RectificationStore.Row row) {
        var zone = clock.getZone();
        var opened = row.openedAt().atZoneSameInstant(zone).toLocalDate();
        var status = RectificationStatus.of(
                opened,
                row.calledBackAt() == null
                        ? null
                        : row.calledBackAt().atZoneSameInstant(zone).toLocalDate(),
                row.reportedAt() == null
                        ? null
                        : row.reportedAt().atZoneSameInstant(zone).toLocalDate(),
                LocalDate.now(clock),
                calendar.current());
        return new Rectification(
                row.caseNo(),
                row.itemCode(),
                row.itemName(),
                row.department(),
                row.level(),
                opened,
                status.callBackDue(),
                status.calledBackOn(),
                status.rectificationDue(),
                status.reportedOn(),
                Masking.inText(row.report()),
                status.state(),
                status.late());
    }
}
