package org.onewindow.review.casefile;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.onewindow.contracts.EventTypes;
import org.onewindow.contracts.Topics;
import org.onewindow.contracts.application.Applicant;
import org.onewindow.contracts.application.ApplicationResubmitted;
import org.onewindow.contracts.application.ApplicationSubmitted;
import org.onewindow.contracts.application.ApplicationWithdrawn;
import org.onewindow.contracts.application.GapMaterialProvided;
import org.onewindow.platform.messaging.EventHandlers;
import org.onewindow.platform.messaging.EventInbox;
import org.onewindow.platform.privacy.Masking;
import org.onewindow.review.item.ReviewItems;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Cases from application.v1: created on submission (once, whatever the redeliveries), back where
 * they belong on resubmission, closed on withdrawal (or the withdrawal refused after a decision),
 * their gap closed as its materials arrive. {@link CaseLifecycle} decides each.
 */
@Component
class CaseIntake {

    /** Both the Kafka group id and the inbox name. */
    static final String NAME = "review-cases";

    private static final CaseTransitions.Actor APPLICANT = new CaseTransitions.Actor("applicant", "applicant", null);

    private final EventInbox inbox;
    private final CaseStore cases;
    private final CaseTransitions transitions;
    private final ReviewItems items;
    private final Clock clock;
    private final EventHandlers handlers = EventHandlers.named(NAME)
            .on(EventTypes.APPLICATION_SUBMITTED, this::submitted)
            .on(EventTypes.APPLICATION_SUBMITTED_V1, v1 -> submitted(v1.current()))
            .on(EventTypes.APPLICATION_RESUBMITTED, this::resubmitted)
            .on(EventTypes.APPLICATION_RESUBMITTED_V1, v1 -> resubmitted(v1.current()))
            .on(EventTypes.APPLICATION_WITHDRAWN, this::withdrawn)
            .on(EventTypes.GAP_MATERIAL_PROVIDED, this::gapMaterialProvided);

    CaseIntake(EventInbox inbox, CaseStore cases, CaseTransitions transitions, ReviewItems items, Clock clock) {
        this.inbox = inbox;
        this.cases = cases;
        this.transitions = transitions;
        this.items = items;
        this.clock = clock;
    }

    /** A poll at a time, in one transaction (issue 16); see {@link EventInbox#applyAll}. */
    @KafkaListener(
            topics = Topics.APPLICATION,
            groupId = NAME,
            batch = "true",
            properties = EventInbox.MAX_POLL_RECORDS)
    void on(List<ConsumerRecord<String, String>> records) {
        inbox.applyAll(List.of(handlers), records);
    }

    private void submitted(ApplicationSubmitted submitted) {
        // a version review has not seen yet is asked of catalog; catalog away is retried until it
        // answers (EventNotReadyException), and only a version catalog does not know is dead-lettered
        var item = items.find(submitted.itemCode(), submitted.itemVersion())
                .orElseThrow(() -> new IllegalStateException(
                        "item " + submitted.itemCode() + " v" + submitted.itemVersion() + " is unknown to catalog"));
        var received = new ReviewCase(
                UUID.fromString(submitted.applicationId()),
                submitted.itemCode(),
                submitted.itemVersion(),
                item.name(),
                item.department(),
                submitted.channel(),
                submitted.applicant().name(),
                submitted.applicant().type(),
                applicantCode(submitted.applicant()),
                submitted.submittedAt(),
                CaseState.received(
                        submitted.caseNo(), item.departments(), item.promisedDays(), submitted.submittedAt()));
        // the insert is the existence check (on conflict do nothing): a redelivery finds the row,
        // writes nothing, and the machine hears the case was there; no read first (issue 16)
        boolean existed = !cases.create(received, OffsetDateTime.now(clock));
        transitions.apply(
                received,
                transitions.lifecycle().submitted(existed, received.state()),
                new CaseTransitions.Actor(submitted.filedBy(), "applicant", null),
                submitted.submittedAt());
    }

    // a natural person's number arrives masked; masked again here, so that a producer's slip stays out
    private static String applicantCode(Applicant applicant) {
        return "NATURAL_PERSON".equals(applicant.type())
                ? Masking.identityNumber(applicant.idNumber())
                : applicant.idNumber();
    }

    private void resubmitted(ApplicationResubmitted resubmitted) {
        var at = resubmitted.resubmittedAt();
        var moment = new CaseLifecycle.Moment(
                at, at.atZoneSameInstant(clock.getZone()).toLocalDate());
        cases.lock(resubmitted.caseNo())
                .ifPresent(c ->
                        transitions.apply(c, transitions.lifecycle().resubmitted(c.state(), moment), APPLICANT, at));
    }

    private void withdrawn(ApplicationWithdrawn withdrawn) {
        var now = transitions.now();
        cases.lock(withdrawn.caseNo())
                .ifPresent(c -> transitions.apply(
                        c, transitions.lifecycle().withdraw(c.state(), withdrawn.reason(), now), APPLICANT, now.at()));
    }

    private void gapMaterialProvided(GapMaterialProvided provided) {
        var now = transitions.now();
        cases.lock(provided.caseNo())
                .ifPresent(c -> transitions.apply(
                        c,
                        transitions
                                .lifecycle()
                                .gapMaterialProvided(
                                        c.state(), provided.material().materialId(), now),
                        APPLICANT,
                        now.at()));
    }
}
