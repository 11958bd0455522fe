package org.onewindow.application.progress;

import java.util.Map;
import org.onewindow.application.application.Application;
import org.onewindow.application.application.ApplicationLifecycle.Action;
import org.onewindow.application.application.ApplicationSteps;
import org.onewindow.application.application.ApplicationSteps.Step;
import org.onewindow.application.application.ApplicationStore;
import org.onewindow.contracts.EventEnvelope;
import org.onewindow.contracts.EventTypes;
import org.onewindow.contracts.review.CaseAccepted;
import org.onewindow.contracts.review.CaseCompleted;
import org.onewindow.contracts.review.CaseNotAccepted;
import org.onewindow.contracts.review.CertificateIssued;
import org.onewindow.contracts.review.DecisionMade;
import org.onewindow.contracts.review.GapClosed;
import org.onewindow.contracts.review.OpinionRecorded;
import org.onewindow.contracts.review.SupplementReceived;
import org.onewindow.contracts.review.SupplementRequested;
import org.onewindow.contracts.review.WithdrawalRefused;
import org.onewindow.platform.messaging.EventHandlers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What review's events mean for the applicant: each is one action of the application's lifecycle,
 * with a timeline entry. Review owns the case; the application follows what it reports, and a step
 * that no longer fits (late, repeated, overtaken) is counted and ignored, never applied.
 */
@Service
class Progress {

    /** The listener's one name: its Kafka group id and its inbox name. */
    static final String NAME = "application-progress";

    private static final Logger log = LoggerFactory.getLogger(Progress.class);

    private final ApplicationStore store;
    private final ApplicationSteps steps;
    private final JsonMapper json;
    private final EventHandlers handlers;

    Progress(ApplicationStore store, ApplicationSteps steps, JsonMapper json) {
        this.store = store;
        this.steps = steps;
        this.json = json;
        this.handlers = EventHandlers.named(NAME)
                .on(EventTypes.CASE_ACCEPTED, this::accepted)
                .on(EventTypes.CASE_NOT_ACCEPTED, this::notAccepted)
                .on(EventTypes.SUPPLEMENT_REQUESTED, this::supplementRequested)
                .on(EventTypes.SUPPLEMENT_RECEIVED, this::supplementReceived)
                .on(EventTypes.OPINION_RECORDED, this::opinion)
                .on(EventTypes.DECISION_MADE, this::decided)
                .on(EventTypes.CERTIFICATE_ISSUED, this::certificate)
                .on(EventTypes.CASE_COMPLETED, this::completed)
                .on(EventTypes.WITHDRAWAL_REFUSED, this::withdrawalRefused)
                .on(EventTypes.GAP_CLOSED, this::gapClosed)
                .on(EventTypes.CASE_EXTENDED, (e, p) -> clock(e))
                .on(EventTypes.SPECIAL_PROCEDURE_STARTED, (e, p) -> clock(e))
                .on(EventTypes.SPECIAL_PROCEDURE_ENDED, (e, p) -> clock(e));
    }

    EventHandlers handlers() {
        return handlers;
    }

    private void accepted(EventEnvelope event, CaseAccepted accepted) {
        var step = accepted.deemed()
                ? new Step("DEEMED_ACCEPTED", "system", event.payload(), accepted.acceptedAt())
                : new Step("ACCEPTED", "clerk", event.payload(), accepted.acceptedAt());
        withApplication(event, application -> {
            var taken = steps.follow(application, Action.CASE_ACCEPTED, step);
            if (taken.changes() && !accepted.missingMaterials().isEmpty()) {
                // acceptance with gaps (容缺): the applicant owes exactly these, by this date
                store.setGap(
                        application.id(), accepted.missingMaterials(), accepted.gapDeadline(), accepted.acceptedAt());
                steps.note(
                        store.find(application.id()).orElseThrow(),
                        new Step(
                                "GAP_OPENED",
                                "clerk",
                                detail(Map.of(
                                        "materials", accepted.missingMaterials(),
                                        "deadline", String.valueOf(accepted.gapDeadline()))),
                                accepted.acceptedAt()));
            }
        });
    }

    private void notAccepted(EventEnvelope event, CaseNotAccepted refused) {
        withApplication(
                event,
                a -> steps.follow(
                        a,
                        Action.CASE_NOT_ACCEPTED,
                        new Step("NOT_ACCEPTED", "clerk", event.payload(), refused.decidedAt())));
    }

    private void supplementRequested(EventEnvelope event, SupplementRequested request) {
        withApplication(event, a -> {
            var taken = steps.follow(
                    a,
                    Action.SUPPLEMENT_REQUESTED,
                    new Step(
                            "SUPPLEMENT_REQUESTED",
                            "clerk",
                            detail(Map.of("items", request.items())),
                            request.requestedAt()));
            if (taken.changes()) {
                store.setSupplement(a.id(), json.valueToTree(request.items()), request.requestedAt());
            }
        });
    }

    private void supplementReceived(EventEnvelope event, SupplementReceived received) {
        var detail = received.deadline() == null
                ? detail(Map.of("status", received.status()))
                : detail(Map.of(
                        "status",
                        received.status(),
                        "deadline",
                        received.deadline().toString()));
        withApplication(
                event,
                a -> steps.follow(
                        a,
                        Action.resumedAt(received.status()),
                        new Step("SUPPLEMENT_RECEIVED", "system", detail, received.receivedAt())));
    }

    private void opinion(EventEnvelope event, OpinionRecorded opinion) {
        withApplication(
                event,
                a -> steps.follow(
                        a,
                        Action.OPINION_RECORDED,
                        new Step(
                                "OPINION_RECORDED",
                                "reviewer",
                                detail(Map.of("department", opinion.department())),
                                opinion.recordedAt())));
    }

    private void decided(EventEnvelope event, DecisionMade decision) {
        boolean approved = "APPROVE".equals(decision.decision());
        withApplication(
                event,
                a -> steps.follow(
                        a,
                        approved ? Action.APPROVED : Action.DENIED,
                        new Step(
                                approved ? "APPROVED" : "DENIED",
                                "approver",
                                detail(Map.of("reason", decision.reason())),
                                decision.decidedAt())));
    }

    private void certificate(EventEnvelope event, CertificateIssued certificate) {
        withApplication(
                event,
                a -> steps.follow(
                        a,
                        Action.CERTIFICATE_ISSUED,
                        new Step(
                                "CERTIFICATE_ISSUED",
                                "system",
                                detail(Map.of("certificateNo", certificate.certificateNo())),
                                certificate.issuedAt())));
    }

    private void completed(EventEnvelope event, CaseCompleted completed) {
        withApplication(
                event,
                a -> steps.follow(
                        a,
                        Action.CASE_COMPLETED,
                        new Step(
                                "COMPLETED",
                                "system",
                                detail(Map.of("outcome", completed.outcome())),
                                completed.completedAt())));
    }

    private void withdrawalRefused(EventEnvelope event, WithdrawalRefused refused) {
        withApplication(
                event,
                a -> steps.follow(
                        a,
                        Action.WITHDRAWAL_REFUSED,
                        new Step(
                                "WITHDRAWAL_REFUSED",
                                "system",
                                detail(Map.of("reason", refused.reason())),
                                refused.refusedAt())));
    }

    private void gapClosed(EventEnvelope event, GapClosed closed) {
        withApplication(event, a -> {
            var taken = steps.follow(a, Action.GAP_CLOSED, new Step("GAP_CLOSED", "system", null, closed.closedAt()));
            if (taken.changes()) {
                store.setGap(a.id(), java.util.List.of(), null, closed.closedAt());
            }
        });
    }

    /** An extension or a special procedure: the applicant sees why the deadline moved. */
    private void clock(EventEnvelope event) {
        var name = event.type().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase();
        withApplication(
                event,
                a -> steps.follow(
                        a, Action.CLOCK_CHANGED, new Step(name, "approver", event.payload(), event.occurredAt())));
    }

    private void withApplication(EventEnvelope event, java.util.function.Consumer<Application> effect) {
        store.findByCaseNo(event.key())
                .ifPresentOrElse(effect, () -> log.warn("{} for unknown case {}: ignored", event.type(), event.key()));
    }

    private JsonNode detail(Map<String, ?> values) {
        return json.valueToTree(values);
    }
}
