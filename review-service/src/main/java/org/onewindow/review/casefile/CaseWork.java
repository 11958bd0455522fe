package org.onewindow.review.casefile;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.onewindow.contracts.EventTypes;
import org.onewindow.contracts.review.CaseAccepted;
import org.onewindow.contracts.review.CaseCompleted;
import org.onewindow.contracts.review.CaseNotAccepted;
import org.onewindow.contracts.review.CertificateIssued;
import org.onewindow.contracts.review.DecisionMade;
import org.onewindow.contracts.review.OpinionRecorded;
import org.onewindow.contracts.review.SupplementRequested;
import org.onewindow.platform.messaging.EventPublisher;
import org.onewindow.platform.security.Caller;
import org.onewindow.platform.web.FieldProblem;
import org.onewindow.platform.web.ProblemException;
import org.onewindow.review.audit.AuditFacts;
import org.onewindow.review.audit.AuditTrail;
import org.onewindow.review.calendar.Calendars;
import org.onewindow.review.calendar.Deadlines;
import org.onewindow.review.certificate.Certificates;
import org.onewindow.review.item.ReviewItems;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff do to a case: accept, refuse or ask for supplement (clerk), give a department's
 * opinion (reviewer), decide (approver). Each step locks the case, checks its state, records the
 * audit link and publishes its event, all in one transaction.
 */
@Service
class CaseWork {

    private final CaseStore cases;
    private final ReviewItems items;
    private final AuditTrail audit;
    private final EventPublisher events;
    private final Calendars calendars;
    private final Clock clock;
    private final MeterRegistry meters;
    private final Certificates certificates;

    CaseWork(
            CaseStore cases,
            ReviewItems items,
            AuditTrail audit,
            EventPublisher events,
            Calendars calendars,
            Clock clock,
            MeterRegistry meters,
            Certificates certificates) {
        this.cases = cases;
        this.items = items;
        this.audit = audit;
        this.events = events;
        this.calendars = calendars;
        this.clock = clock;
        this.meters = meters;
        this.certificates = certificates;
    }

    @Transactional
    ReviewCase accept(String caseNo, List<String> missingMaterials, LocalDate gapDeadline) {
        var caller = Caller.current();
        var c = require(caseNo, CaseStatus.SUBMITTED);
        var today = LocalDate.now(clock);
        var deadline = Deadlines.deadline(calendars.current(), today, c.promisedDays(), 0, 0);
        var missing = missingMaterials == null ? List.<String>of() : missingMaterials;
        if (!missing.isEmpty()) {
            var allowed =
                    items.find(c.itemCode(), c.itemVersion()).orElseThrow().gapMaterials();
            var problems = new java.util.ArrayList<FieldProblem>();
            missing.stream()
                    .filter(m -> !allowed.contains(m))
                    .forEach(m -> problems.add(new FieldProblem(
                            "missingMaterials", "gap-not-allowed", "the item does not allow accepting without " + m)));
            if (gapDeadline == null || gapDeadline.isAfter(deadline) || gapDeadline.isBefore(today)) {
                problems.add(new FieldProblem(
                        "gapDeadline",
                        "invalid-gap-deadline",
                        "a date from today to the promised deadline " + deadline));
            }
            if (!problems.isEmpty()) {
                throw ProblemException.validation(problems);
            }
        }
        var now = OffsetDateTime.now(clock);
        cases.update(caseNo, CaseStatus.ACCEPTED, today, 0, null, deadline, null, null, now);
        record(
                c,
                caller,
                "ACCEPTED",
                missing.isEmpty() ? null : "容缺: " + String.join(",", missing),
                CaseStatus.ACCEPTED,
                now);
        events.publish(
                EventTypes.CASE_ACCEPTED,
                caseNo,
                new CaseAccepted(
                        caseNo, "受理-" + caseNo, deadline, missing, missing.isEmpty() ? null : gapDeadline, false, now));
        return cases.find(caseNo).orElseThrow();
    }

    @Transactional
    ReviewCase notAccept(String caseNo, String legalReason) {
        var caller = Caller.current();
        var c = require(caseNo, CaseStatus.SUBMITTED);
        var now = OffsetDateTime.now(clock);
        cases.update(caseNo, CaseStatus.NOT_ACCEPTED, null, 0, null, null, "NOT_ACCEPTED", legalReason, now);
        record(c, caller, "NOT_ACCEPTED", legalReason, CaseStatus.NOT_ACCEPTED, now);
        events.publish(
                EventTypes.CASE_NOT_ACCEPTED, caseNo, new CaseNotAccepted(caseNo, "不予受理-" + caseNo, legalReason, now));
        return cases.find(caseNo).orElseThrow();
    }

    @Transactional
    ReviewCase requestSupplement(String caseNo, List<SupplementRequested.Item> requested) {
        var caller = Caller.current();
        var c = require(caseNo, CaseStatus.SUBMITTED, CaseStatus.ACCEPTED, CaseStatus.IN_REVIEW);
        var now = OffsetDateTime.now(clock);
        var pausedSince = c.acceptedOn() == null ? null : LocalDate.now(clock);
        cases.update(
                caseNo,
                CaseStatus.SUPPLEMENT_REQUESTED,
                c.acceptedOn(),
                c.pausedDays(),
                pausedSince,
                c.deadline(),
                null,
                null,
                now);
        record(c, caller, "SUPPLEMENT_REQUESTED", requested.size() + " item(s)", CaseStatus.SUPPLEMENT_REQUESTED, now);
        events.publish(
                EventTypes.SUPPLEMENT_REQUESTED,
                caseNo,
                new SupplementRequested(caseNo, requested, caller.username(), now));
        return cases.find(caseNo).orElseThrow();
    }

    @Transactional
    ReviewCase recordOpinion(String caseNo, String opinion, boolean favourable) {
        var caller = Caller.current();
        var department = caller.department().orElse("");
        var c = require(caseNo, CaseStatus.ACCEPTED, CaseStatus.IN_REVIEW);
        if (!c.reviewDepartments().contains(department)) {
            throw new ProblemException(
                    HttpStatus.FORBIDDEN,
                    "forbidden",
                    "department " + department + " does not review this item",
                    List.of());
        }
        var now = OffsetDateTime.now(clock);
        if (!cases.addOpinion(caseNo, new CaseStore.Opinion(department, caller.username(), opinion, favourable, now))) {
            throw ProblemException.conflict("department " + department + " has given its opinion already");
        }
        cases.update(caseNo, CaseStatus.IN_REVIEW, c.acceptedOn(), c.pausedDays(), null, c.deadline(), null, null, now);
        record(c, caller, "OPINION", opinion, CaseStatus.IN_REVIEW, now);
        events.publish(
                EventTypes.OPINION_RECORDED, caseNo, new OpinionRecorded(caseNo, department, opinion, favourable, now));
        return cases.find(caseNo).orElseThrow();
    }

    @Transactional
    ReviewCase decide(String caseNo, boolean approve, String reason) {
        var caller = Caller.current();
        var c = require(caseNo, CaseStatus.IN_REVIEW);
        var given = cases.opinions(caseNo).stream()
                .map(CaseStore.Opinion::department)
                .toList();
        var waiting =
                c.reviewDepartments().stream().filter(d -> !given.contains(d)).toList();
        if (!waiting.isEmpty()) {
            throw ProblemException.conflict("waiting for the opinions of " + String.join(", ", waiting));
        }
        var now = OffsetDateTime.now(clock);
        var decided = approve ? CaseStatus.APPROVED : CaseStatus.DENIED;
        record(c, caller, "DECIDED", reason, decided, now);
        events.publish(
                EventTypes.DECISION_MADE, caseNo, new DecisionMade(caseNo, approve ? "APPROVE" : "DENY", reason, now));
        if (approve) {
            var certificate = certificates.issue(
                    caseNo, c.itemCode(), c.itemName(), c.applicantName(), reason, List.copyOf(c.reviewDepartments()));
            audit.append(new AuditFacts(
                    caseNo,
                    "system",
                    "system",
                    null,
                    now,
                    "CERTIFICATE_ISSUED",
                    certificate.certificateNo(),
                    decided.name(),
                    decided.name()));
            events.publish(
                    EventTypes.CERTIFICATE_ISSUED,
                    caseNo,
                    new CertificateIssued(
                            caseNo, certificate.certificateNo(), certificate.holder(), certificate.validUntil(), now));
        }
        var today = LocalDate.now(clock);
        int workingDays = Math.max(0, calendars.current().workingDaysBetween(c.acceptedOn(), today) - c.pausedDays());
        meters.summary("onewindow.review.working.days.to.decision", "item", c.itemCode())
                .record(workingDays);
        boolean onTime = !today.isAfter(c.deadline());
        cases.update(
                caseNo,
                CaseStatus.COMPLETED,
                c.acceptedOn(),
                c.pausedDays(),
                null,
                c.deadline(),
                decided.name(),
                reason,
                now);
        audit.append(new AuditFacts(
                caseNo, "system", "system", null, now, "COMPLETED", null, decided.name(), CaseStatus.COMPLETED.name()));
        events.publish(
                EventTypes.CASE_COMPLETED, caseNo, new CaseCompleted(caseNo, decided.name(), workingDays, onTime, now));
        return cases.find(caseNo).orElseThrow();
    }

    private ReviewCase require(String caseNo, CaseStatus... allowed) {
        var c = cases.lock(caseNo).orElseThrow(() -> ProblemException.notFound("no case " + caseNo));
        if (!List.of(allowed).contains(c.status())) {
            throw ProblemException.conflict(
                    "case " + caseNo + " is " + c.status() + "; someone may have acted on it just now");
        }
        return c;
    }

    private void record(
            ReviewCase c, Caller caller, String action, String opinion, CaseStatus after, OffsetDateTime at) {
        var role = caller.roles().stream().findFirst().orElse("unknown");
        audit.append(new AuditFacts(
                c.caseNo(),
                caller.username(),
                role,
                caller.department().orElse(null),
                at,
                action,
                opinion,
                c.status().name(),
                after.name()));
    }
}
