package org.onewindow.disclosure.statistics;

import org.onewindow.contracts.EventTypes;
import org.onewindow.disclosure.system.CaseReadModel;
import org.onewindow.platform.messaging.EventHandlers;
import org.springframework.stereotype.Component;

/**
 * The statistics' read model: one row per case, each event setting only the columns it knows.
 * SupplementReceived and GapClosed move no published figure, so they are not read here.
 */
@Component
class CaseFactProjection implements CaseReadModel {

    static final String NAME = "disclosure-statistics";

    private final EventHandlers handlers;

    CaseFactProjection(CaseFactStore facts) {
        this.handlers = EventHandlers.named(NAME)
                .on(EventTypes.APPLICATION_SUBMITTED, facts::submitted)
                .on(EventTypes.APPLICATION_SUBMITTED_V1, v1 -> facts.submitted(v1.current()))
                .on(
                        EventTypes.APPLICATION_WITHDRAWN,
                        withdrawn -> facts.withdrawn(withdrawn.caseNo(), withdrawn.withdrawnAt()))
                .on(
                        EventTypes.WITHDRAWAL_REFUSED,
                        (envelope, refused) -> facts.withdrawalRefused(envelope.key(), refused.refusedAt()))
                .on(
                        EventTypes.CASE_ACCEPTED,
                        (envelope, accepted) ->
                                facts.mark(envelope.key(), CaseFactStore.Step.ACCEPTED, accepted.acceptedAt()))
                .on(
                        EventTypes.CASE_NOT_ACCEPTED,
                        (envelope, refused) ->
                                facts.mark(envelope.key(), CaseFactStore.Step.NOT_ACCEPTED, refused.decidedAt()))
                .on(
                        EventTypes.DECISION_MADE,
                        (envelope, decision) ->
                                facts.mark(envelope.key(), CaseFactStore.Step.DECIDED, decision.decidedAt()))
                .on(
                        EventTypes.CASE_OVERDUE,
                        (envelope, overdue) -> facts.mark(envelope.key(), CaseFactStore.Step.OVERDUE, overdue.at()))
                .on(EventTypes.CASE_COMPLETED, facts::completed);
    }

    @Override
    public EventHandlers handlers() {
        return handlers;
    }
}
