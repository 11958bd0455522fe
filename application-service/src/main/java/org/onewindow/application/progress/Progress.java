package org.onewindow.application.progress;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.OffsetDateTime;
import java.util.Map;
import org.onewindow.application.draft.Application;
import org.onewindow.application.draft.ApplicationStatus;
import org.onewindow.application.draft.ApplicationStore;
import org.onewindow.application.timeline.Timeline;
import org.onewindow.application.timeline.TimelineEntry;
import org.onewindow.contracts.EventEnvelope;
import org.onewindow.contracts.EventTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What review's events mean for the applicant: a status and a timeline entry. A transition the
 * status does not allow (a late or replayed event) is recorded as ignored, never applied, so a
 * case never moves backwards.
 */
@Service
class Progress {

    private static final Logger log = LoggerFactory.getLogger(Progress.class);

    private final ApplicationStore store;
    private final Timeline timeline;
    private final JsonMapper json;
    private final MeterRegistry meters;

    Progress(ApplicationStore store, Timeline timeline, JsonMapper json, MeterRegistry meters) {
        this.store = store;
        this.timeline = timeline;
        this.json = json;
        this.meters = meters;
    }

    /** Runs inside the inbox's transaction. */
    void apply(EventEnvelope event) {
        var application = store.findByCaseNo(event.key()).orElse(null);
        if (application == null) {
            log.warn("{} for unknown case {}: ignored", event.type(), event.key());
            ignored(event, "unknown-case");
            return;
        }
        switch (event.type()) {
            case "CaseAccepted" -> {
                var accepted = event.payloadAs(EventTypes.CASE_ACCEPTED);
                move(
                        application,
                        ApplicationStatus.ACCEPTED,
                        accepted.deemed() ? "DEEMED_ACCEPTED" : "ACCEPTED",
                        accepted.deemed() ? "system" : "clerk",
                        event.payload(),
                        accepted.acceptedAt(),
                        event);
            }
            case "CaseNotAccepted" -> {
                var refused = event.payloadAs(EventTypes.CASE_NOT_ACCEPTED);
                move(
                        application,
                        ApplicationStatus.NOT_ACCEPTED,
                        "NOT_ACCEPTED",
                        "clerk",
                        event.payload(),
                        refused.decidedAt(),
                        event);
            }
            case "SupplementRequested" -> {
                var request = event.payloadAs(EventTypes.SUPPLEMENT_REQUESTED);
                if (move(
                        application,
                        ApplicationStatus.SUPPLEMENT_REQUESTED,
                        "SUPPLEMENT_REQUESTED",
                        "clerk",
                        json.valueToTree(Map.of("items", request.items())),
                        request.requestedAt(),
                        event)) {
                    store.setSupplement(application.id(), json.valueToTree(request.items()), request.requestedAt());
                }
            }
            case "OpinionRecorded" -> {
                var opinion = event.payloadAs(EventTypes.OPINION_RECORDED);
                move(
                        application,
                        ApplicationStatus.IN_REVIEW,
                        "OPINION_RECORDED",
                        "reviewer",
                        json.valueToTree(Map.of("department", opinion.department())),
                        opinion.recordedAt(),
                        event);
            }
            case "DecisionMade" -> {
                var decision = event.payloadAs(EventTypes.DECISION_MADE);
                var status =
                        "APPROVE".equals(decision.decision()) ? ApplicationStatus.APPROVED : ApplicationStatus.DENIED;
                move(
                        application,
                        status,
                        status.name(),
                        "approver",
                        json.valueToTree(Map.of("reason", decision.reason())),
                        decision.decidedAt(),
                        event);
            }
            case "CertificateIssued" -> {
                var certificate = event.payloadAs(EventTypes.CERTIFICATE_ISSUED);
                if (application.status() == ApplicationStatus.APPROVED
                        || application.status() == ApplicationStatus.COMPLETED) {
                    timeline.append(
                            application.id(),
                            new TimelineEntry(
                                    certificate.issuedAt(),
                                    application.status().name(),
                                    "CERTIFICATE_ISSUED",
                                    "system",
                                    application.channel().name(),
                                    json.valueToTree(Map.of("certificateNo", certificate.certificateNo()))));
                } else {
                    ignored(event, application.status().name());
                }
            }
            case "CaseCompleted" -> {
                var completed = event.payloadAs(EventTypes.CASE_COMPLETED);
                move(
                        application,
                        ApplicationStatus.COMPLETED,
                        "COMPLETED",
                        "system",
                        json.valueToTree(Map.of("outcome", completed.outcome())),
                        completed.completedAt(),
                        event);
            }
            case "CaseExtended", "SpecialProcedureStarted", "SpecialProcedureEnded" -> {
                // the applicant sees why the deadline moved; the status stays
                if (application.status() == ApplicationStatus.ACCEPTED
                        || application.status() == ApplicationStatus.IN_REVIEW) {
                    timeline.append(
                            application.id(),
                            new TimelineEntry(
                                    event.occurredAt(),
                                    application.status().name(),
                                    event.type()
                                            .replaceAll("([a-z])([A-Z])", "$1_$2")
                                            .toUpperCase(),
                                    "approver",
                                    application.channel().name(),
                                    event.payload()));
                }
            }
            default -> {
                // deadline warnings and the like are the staff's, not the applicant's
            }
        }
    }

    private boolean move(
            Application application,
            ApplicationStatus next,
            String action,
            String actorRole,
            JsonNode detail,
            OffsetDateTime at,
            EventEnvelope event) {
        if (!application.status().canMoveTo(next)) {
            log.info(
                    "{} for case {} ignored: {} cannot become {}",
                    event.type(),
                    event.key(),
                    application.status(),
                    next);
            ignored(event, application.status().name());
            return false;
        }
        store.updateStatus(application.id(), next, at);
        timeline.append(
                application.id(),
                new TimelineEntry(
                        at,
                        next.name(),
                        action,
                        actorRole,
                        application.channel().name(),
                        detail));
        return true;
    }

    private void ignored(EventEnvelope event, String reason) {
        meters.counter("onewindow.progress.ignored", "type", event.type(), "reason", reason)
                .increment();
    }
}
