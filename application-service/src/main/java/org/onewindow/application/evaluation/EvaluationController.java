package org.onewindow.application.evaluation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.onewindow.application.draft.Access;
import org.onewindow.application.draft.ApplicationStatus;
import org.onewindow.application.draft.ApplicationStore;
import org.onewindow.application.timeline.Timeline;
import org.onewindow.application.timeline.TimelineEntry;
import org.onewindow.contracts.EventTypes;
import org.onewindow.contracts.application.ApplicationEvaluated;
import org.onewindow.platform.messaging.EventPublisher;
import org.onewindow.platform.security.Caller;
import org.onewindow.platform.web.ProblemException;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** One evaluation (好差评, levels 1–5 of GB/T 39734-2020) per completed case. */
@RestController
class EvaluationController {

    private final Access access;
    private final ApplicationStore store;
    private final Timeline timeline;
    private final EventPublisher events;
    private final JsonMapper json;
    private final Clock clock;

    EvaluationController(
            Access access,
            ApplicationStore store,
            Timeline timeline,
            EventPublisher events,
            JsonMapper json,
            Clock clock) {
        this.access = access;
        this.store = store;
        this.timeline = timeline;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    record Evaluation(
            @NotNull @Min(1) @Max(5) Integer level,
            @Size(max = 500) String comment) {}

    @PostMapping("/api/applications/{id}/evaluation")
    @Transactional
    ResponseEntity<Void> evaluate(@PathVariable UUID id, @Valid @RequestBody Evaluation evaluation) {
        var application = access.ownedForChange(id, Caller.current());
        if (application.status() != ApplicationStatus.COMPLETED) {
            throw ProblemException.conflict(
                    "a case is evaluated once it is completed; this one is " + application.status());
        }
        if (application.evaluationLevel() != null) {
            throw ProblemException.conflict("this case has been evaluated already");
        }
        var now = OffsetDateTime.now(clock);
        store.setEvaluation(id, evaluation.level(), evaluation.comment(), now);
        timeline.append(
                id,
                new TimelineEntry(
                        now,
                        "COMPLETED",
                        "EVALUATED",
                        application.filedByRole(),
                        application.channel().name(),
                        json.valueToTree(Map.of("level", evaluation.level()))));
        events.publish(
                EventTypes.APPLICATION_EVALUATED,
                application.caseNo(),
                new ApplicationEvaluated(
                        application.caseNo(),
                        id.toString(),
                        application.itemCode(),
                        application.department(),
                        application.channel().name(),
                        evaluation.level(),
                        evaluation.comment(),
                        now));
        return ResponseEntity.noContent().build();
    }
}
