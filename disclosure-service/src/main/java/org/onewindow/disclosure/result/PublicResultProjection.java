package org.onewindow.disclosure.result;

import org.onewindow.contracts.EventTypes;
import org.onewindow.disclosure.system.CaseReadModel;
import org.onewindow.platform.messaging.EventHandlers;
import org.springframework.stereotype.Component;

/**
 * The applicant and the decision of each case. A withdrawal review refused (WithdrawalRefused)
 * changes nothing here: the decision it was refused for stands and is already published.
 */
@Component
class PublicResultProjection implements CaseReadModel {

    static final String NAME = "disclosure-results";

    private final EventHandlers handlers;

    PublicResultProjection(PublicResultService results) {
        this.handlers = EventHandlers.named(NAME)
                .on(EventTypes.APPLICATION_SUBMITTED, results::submitted)
                .on(EventTypes.APPLICATION_SUBMITTED_V1, v1 -> results.submitted(v1.current()))
                .on(EventTypes.DECISION_MADE, results::decided);
    }

    @Override
    public EventHandlers handlers() {
        return handlers;
    }
}
