package org.onewindow.disclosure.evaluation;

import org.onewindow.contracts.EventTypes;
import org.onewindow.disclosure.system.CaseReadModel;
import org.onewindow.platform.messaging.EventHandlers;
import org.springframework.stereotype.Component;

/**
 * Evaluations as the public figures need them: the level, never the comment (it is the
 * applicant's own words and may name people). The follow-up after a rectification replaces the
 * first rating, once (statistics' {@code Rated}).
 */
@Component
class EvaluationProjection implements CaseReadModel {

    static final String NAME = "disclosure-evaluations";

    private final EventHandlers handlers;

    EvaluationProjection(EvaluationService evaluations) {
        this.handlers = EventHandlers.named(NAME).on(EventTypes.APPLICATION_EVALUATED, evaluations::evaluated);
    }

    @Override
    public EventHandlers handlers() {
        return handlers;
    }
}
