package org.onewindow.review.casefile;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.onewindow.contracts.EventEnvelope;
import org.onewindow.contracts.EventTypes;
import org.onewindow.contracts.Topics;
import org.onewindow.platform.messaging.EventInbox;
import org.onewindow.review.audit.AuditFacts;
import org.onewindow.review.audit.AuditTrail;
import org.onewindow.review.calendar.Calendars;
import org.onewindow.review.item.ReviewItems;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Cases from application.v1: created on submission (once, whatever the redeliveries), back in the
 * queue on resubmission with the clock running again, closed on withdrawal.
 */
@Component
class CaseIntake {

    private final EventInbox inbox;
    private final CaseStore cases;
    private final ReviewItems items;
    private final AuditTrail audit;
    private final Calendars calendars;
    private final Clock clock;

    CaseIntake(
            EventInbox inbox, CaseStore cases, ReviewItems items, AuditTrail audit, Calendars calendars, Clock clock) {
        this.inbox = inbox;
        this.cases = cases;
        this.items = items;
        this.audit = audit;
        this.calendars = calendars;
        this.clock = clock;
    }

    @KafkaListener(topics = Topics.APPLICATION, groupId = "review-service-cases")
    void on(ConsumerRecord<String, String> record) {
        inbox.apply(
                "review-cases",
                record,
                Set.of("ApplicationSubmitted", "ApplicationResubmitted", "ApplicationWithdrawn"),
                this::apply);
    }

    private void apply(EventEnvelope event) {
        switch (event.type()) {
            case "ApplicationSubmitted" -> submitted(event);
            case "ApplicationResubmitted" -> resubmitted(event);
            case "ApplicationWithdrawn" -> withdrawn(event);
            default -> {
                // evaluations are disclosure's
            }
        }
    }

    private void submitted(EventEnvelope event) {
        var submitted = event.payloadAs(EventTypes.APPLICATION_SUBMITTED);
        // an item version review has not seen yet fails the record; bounded retries give the
        // item event time to arrive, and the dead-letter topic keeps it if it never does
        var item = items.find(submitted.itemCode(), submitted.itemVersion())
                .orElseThrow(() -> new IllegalStateException(
                        "item " + submitted.itemCode() + " v" + submitted.itemVersion() + " not known yet"));
        var created = cases.createIfAbsent(
                new ReviewCase(
                        submitted.caseNo(),
                        java.util.UUID.fromString(submitted.applicationId()),
                        submitted.itemCode(),
                        submitted.itemVersion(),
                        item.name(),
                        item.department(),
                        item.departments(),
                        submitted.channel(),
                        submitted.applicant().name(),
                        CaseStatus.SUBMITTED,
                        submitted.submittedAt(),
                        null,
                        item.promisedDays(),
                        0,
                        0,
                        null,
                        null,
                        null),
                OffsetDateTime.now(clock));
        if (created) {
            audit.append(new AuditFacts(
                    submitted.caseNo(),
                    submitted.filedBy(),
                    "applicant",
                    null,
                    submitted.submittedAt(),
                    "RECEIVED",
                    null,
                    null,
                    CaseStatus.SUBMITTED.name()));
        }
    }

    private void resubmitted(EventEnvelope event) {
        var resubmitted = event.payloadAs(EventTypes.APPLICATION_RESUBMITTED);
        var found = cases.lock(resubmitted.caseNo()).filter(c -> c.status() == CaseStatus.SUPPLEMENT_REQUESTED);
        if (found.isEmpty()) {
            return;
        }
        var c = found.get();
        var today = LocalDate.now(clock);
        int paused = c.pausedDays();
        LocalDate deadline = c.deadline();
        CaseStatus back = CaseStatus.SUBMITTED;
        if (c.acceptedOn() != null) {
            // the clock stood still from the request until today
            paused += calendars.current().workingDaysBetween(c.pausedSince(), today);
            deadline = org.onewindow.review.calendar.Deadlines.deadline(
                    calendars.current(), c.acceptedOn(), c.promisedDays(), paused, c.extensionDays());
            back = cases.opinions(c.caseNo()).isEmpty() ? CaseStatus.ACCEPTED : CaseStatus.IN_REVIEW;
        }
        cases.update(c.caseNo(), back, c.acceptedOn(), paused, null, deadline, null, null, OffsetDateTime.now(clock));
        audit.append(new AuditFacts(
                c.caseNo(),
                "applicant",
                "applicant",
                null,
                resubmitted.resubmittedAt(),
                "RESUBMITTED",
                null,
                c.status().name(),
                back.name()));
    }

    private void withdrawn(EventEnvelope event) {
        var withdrawn = event.payloadAs(EventTypes.APPLICATION_WITHDRAWN);
        cases.lock(withdrawn.caseNo()).filter(c -> !c.status().decided()).ifPresent(c -> {
            cases.update(
                    c.caseNo(),
                    CaseStatus.WITHDRAWN,
                    c.acceptedOn(),
                    c.pausedDays(),
                    c.pausedSince(),
                    c.deadline(),
                    null,
                    null,
                    OffsetDateTime.now(clock));
            audit.append(new AuditFacts(
                    c.caseNo(),
                    "applicant",
                    "applicant",
                    null,
                    withdrawn.withdrawnAt(),
                    "WITHDRAWN",
                    withdrawn.reason(),
                    c.status().name(),
                    CaseStatus.WITHDRAWN.name()));
        });
    }
}
