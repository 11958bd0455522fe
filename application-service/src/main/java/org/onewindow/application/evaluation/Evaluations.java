package org.onewindow.application.evaluation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import org.onewindow.application.application.Application;
import org.onewindow.application.application.ApplicationLifecycle.Action;
import org.onewindow.application.application.ApplicationSteps;
import org.onewindow.application.application.ApplicationSteps.Step;
import org.onewindow.application.application.ApplicationStore;
import org.onewindow.contracts.EventTypes;
import org.onewindow.contracts.application.ApplicationEvaluated;
import org.onewindow.platform.messaging.EventPublisher;
import org.onewindow.platform.web.ProblemException;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The applicant's rating (好差评, levels 1–5 of GB/T 39734-2020): once after completion, and once
 * more after the bureau reported the rectification of a poor rating. Runs in the caller's
 * transaction, under the application's row lock.
 */
@Service
public class Evaluations {

    private final ApplicationStore store;
    private final ApplicationSteps steps;
    private final EventPublisher events;
    private final JsonMapper json;
    private final Clock clock;

    Evaluations(ApplicationStore store, ApplicationSteps steps, EventPublisher events, JsonMapper json, Clock clock) {
        this.store = store;
        this.steps = steps;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    public record Rating(int level, String comment) {}

    public void rate(Application application, Rating rating, String actorRole) {
        if (application.evaluationLevel() != null && !application.mayBeRated()) {
            throw ProblemException.conflict(
                    application.rectificationReportedAt() == null
                            ? "this case has been rated already; once the bureau reports how it put a poor rating right,"
                                    + " it can be rated once more"
                            : "this case has been rated again after its rectification already");
        }
        boolean followUp = application.evaluationLevel() != null;
        var now = OffsetDateTime.now(clock);
        steps.act(
                application,
                Action.EVALUATE,
                new Step(
                        followUp ? "FOLLOW_UP_EVALUATED" : "EVALUATED",
                        actorRole,
                        json.valueToTree(Map.of("level", rating.level())),
                        now),
                "a case is rated once it is completed");
        store.setEvaluation(application.id(), followUp, rating.level(), rating.comment(), now);
        events.publish(
                EventTypes.APPLICATION_EVALUATED,
                application.caseNo(),
                new ApplicationEvaluated(
                        application.caseNo(),
                        application.id().toString(),
                        application.itemCode(),
                        application.department(),
                        application.channel().name(),
                        rating.level(),
                        rating.comment(),
                        now));
    }
}
