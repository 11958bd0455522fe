package org.onewindow.application.application;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.OffsetDateTime;
import org.onewindow.application.application.ApplicationLifecycle.Action;
import org.onewindow.application.application.ApplicationLifecycle.Effect;
import org.onewindow.application.application.ApplicationLifecycle.Transition;
import org.onewindow.application.timeline.Timeline;
import org.onewindow.application.timeline.TimelineEntry;
import org.onewindow.platform.web.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Takes one step of an application's life: asks {@link ApplicationLifecycle} what the step does
 * in the application's status, has the store write it and the timeline record it. Every status
 * change in the service goes through here, inside the caller's transaction and row lock.
 */
@Component
public class ApplicationSteps {

    private static final Logger log = LoggerFactory.getLogger(ApplicationSteps.class);

    private final ApplicationStore store;
    private final Timeline timeline;
    private final MeterRegistry meters;

    ApplicationSteps(ApplicationStore store, Timeline timeline, MeterRegistry meters) {
        this.store = store;
        this.timeline = timeline;
        this.meters = meters;
    }

    /** How a step shows in the timeline. */
    public record Step(String name, String actorRole, JsonNode detail, OffsetDateTime at) {}

    /**
     * An applicant's action: taken, or refused with 409 and {@code refusal} (which should say
     * what the applicant can do instead).
     */
    public Transition act(Application application, Action action, Step step, String refusal) {
        var transition = ApplicationLifecycle.next(application.status(), action);
        if (transition.effect() == Effect.REFUSED) {
            throw ProblemException.conflict(refusal + " (the application is " + application.status() + ")");
        }
        record(application, transition, step);
        return transition;
    }

    /** What review reports: taken, or ignored (counted, never applied) when it no longer fits. */
    public Transition follow(Application application, Action action, Step step) {
        var transition = ApplicationLifecycle.next(application.status(), action);
        if (transition.effect() == Effect.IGNORED) {
            log.info("{} for case {} ignored in status {}", action, application.caseNo(), application.status());
            meters.counter(
                            "onewindow.progress.ignored",
                            "action",
                            action.name(),
                            "status",
                            application.status().name())
                    .increment();
            return transition;
        }
        record(application, transition, step);
        return transition;
    }

    /** A step that is no action of the lifecycle (a gap opened): the timeline only. */
    public void note(Application application, Step step) {
        record(application, new Transition(Effect.NOTED, application.status()), step);
    }

    private void record(Application application, Transition transition, Step step) {
        store.apply(application.id(), transition, step.at());
        timeline.append(
                application.id(),
                new TimelineEntry(
                        step.at(),
                        transition.to().name(),
                        step.name(),
                        step.actorRole(),
                        application.channel().name(),
                        step.detail()));
    }
}
