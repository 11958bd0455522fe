package org.onewindow.review.casefile;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.function.BiFunction;
import org.onewindow.contracts.EventTypes;
import org.onewindow.contracts.review.CertificateIssued;
import org.onewindow.platform.messaging.EventPublisher;
import org.onewindow.platform.web.ProblemException;
import org.onewindow.review.audit.AuditFacts;
import org.onewindow.review.audit.AuditTrail;
import org.onewindow.review.calendar.Calendars;
import org.onewindow.review.certificate.Certificates;
import org.springframework.stereotype.Service;

/**
 * Carries out what {@link CaseLifecycle} decides, in the caller's transaction: the row through
 * {@link CaseStore}, then each effect in order (audit link, outbox event, certificate).
 */
@Service
public class CaseTransitions {

    /** Who acted, as the audit trail names them. */
    public record Actor(String name, String role, String department) {
        public static final Actor SYSTEM = new Actor("system", "system", null);
    }

    private final CaseStore cases;
    private final AuditTrail audit;
    private final EventPublisher events;
    private final Certificates certificates;
    private final Calendars calendars;
    private final Clock clock;

    CaseTransitions(
            CaseStore cases,
            AuditTrail audit,
            EventPublisher events,
            Certificates certificates,
            Calendars calendars,
            Clock clock) {
        this.cases = cases;
        this.audit = audit;
        this.events = events;
        this.certificates = certificates;
        this.calendars = calendars;
        this.clock = clock;
    }

    /** The machine on today's calendar. */
    public CaseLifecycle lifecycle() {
        return new CaseLifecycle(calendars.current(), clock.getZone());
    }

    /** Now, on the bureau's day. */
    public CaseLifecycle.Moment now() {
        return new CaseLifecycle.Moment(OffsetDateTime.now(clock), LocalDate.now(clock));
    }

    /**
     * A staff action: locks the case, asks the machine and carries out its step; a refusal is a
     * 409, an unknown case a 404. The caller holds the transaction.
     */
    ReviewCase act(String caseNo, Actor actor, BiFunction<CaseLifecycle, ReviewCase, Outcome> action) {
        var c = cases.lock(caseNo).orElseThrow(() -> ProblemException.notFound("no case " + caseNo));
        var outcome = action.apply(lifecycle(), c);
        if (outcome instanceof Outcome.Step step) {
            apply(c, step, actor, now().at());
            return cases.find(caseNo).orElseThrow();
        }
        var reason = outcome instanceof Outcome.Refused r ? r.reason() : ((Outcome.Ignored) outcome).reason();
        throw ProblemException.conflict(reason);
    }

    /** Carries out a step on a case whose row lock the caller holds; returns whether anything happened. */
    public boolean apply(ReviewCase c, Outcome outcome, Actor actor, OffsetDateTime at) {
        if (!(outcome instanceof Outcome.Step step)) {
            return false;
        }
        if (!step.after().equals(c.state())) {
            cases.save(c.state(), step.after(), at);
        }
        for (var effect : step.effects()) {
            if (effect instanceof Effect.Trail trail) {
                var who = trail.bySystem() ? Actor.SYSTEM : actor;
                var facts = new AuditFacts(
                        c.caseNo(),
                        who.name(),
                        who.role(),
                        who.department(),
                        at,
                        trail.action(),
                        trail.detail(),
                        trail.before() == null ? null : trail.before().name(),
                        trail.after().name());
                if (trail.opensTrail()) {
                    audit.start(facts);
                } else {
                    audit.append(facts);
                }
            } else if (effect instanceof Effect.Publish<?> publish) {
                publish(c.caseNo(), publish);
            } else if (effect instanceof Effect.IssueCertificate issue) {
                issueCertificate(c, issue, at);
            }
        }
        return true;
    }

    private <P> void publish(String caseNo, Effect.Publish<P> publish) {
        events.publish(publish.type(), caseNo, publish.payload());
    }

    private void issueCertificate(ReviewCase c, Effect.IssueCertificate issue, OffsetDateTime at) {
        var issued = certificates.issue(
                c.caseNo(),
                c.itemCode(),
                c.itemName(),
                c.applicantName(),
                c.applicantType(),
                c.applicantCode(),
                issue.decisionReason(),
                c.state().reviewDepartments());
        if (issued.isEmpty()) {
            // the item issues no certificate of a registered type: the decision stands without one
            return;
        }
        var certificate = issued.get();
        var approved = CaseStatus.APPROVED.name();
        audit.append(new AuditFacts(
                c.caseNo(),
                Actor.SYSTEM.name(),
                Actor.SYSTEM.role(),
                null,
                at,
                "CERTIFICATE_ISSUED",
                certificate.certificateNo(),
                approved,
                approved));
        events.publish(
                EventTypes.CERTIFICATE_ISSUED,
                c.caseNo(),
                new CertificateIssued(
                        c.caseNo(), certificate.certificateNo(), certificate.holder(), certificate.validUntil(), at));
    }
}
