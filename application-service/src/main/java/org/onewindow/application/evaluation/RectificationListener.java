package org.onewindow.application.evaluation;

import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.onewindow.application.application.ApplicationSteps;
import org.onewindow.application.application.ApplicationSteps.Step;
import org.onewindow.application.application.ApplicationStore;
import org.onewindow.contracts.EventTypes;
import org.onewindow.contracts.Topics;
import org.onewindow.contracts.disclosure.RectificationReported;
import org.onewindow.platform.messaging.EventHandlers;
import org.onewindow.platform.messaging.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The bureau reported a poor rating's rectification: the applicant may rate the case once more. */
@Component
class RectificationListener {

    static final String NAME = "application-rectifications";

    private final EventInbox inbox;
    private final ApplicationStore store;
    private final ApplicationSteps steps;
    private final JsonMapper json;
    private final EventHandlers handlers;

    RectificationListener(EventInbox inbox, ApplicationStore store, ApplicationSteps steps, JsonMapper json) {
        this.inbox = inbox;
        this.store = store;
        this.steps = steps;
        this.json = json;
        this.handlers = EventHandlers.named(NAME).on(EventTypes.RECTIFICATION_REPORTED, this::reported);
    }

    @KafkaListener(topics = Topics.DISCLOSURE, groupId = NAME)
    void on(ConsumerRecord<String, String> record) {
        inbox.apply(handlers, record);
    }

    private void reported(RectificationReported reported) {
        store.findByCaseNo(reported.caseNo())
                .filter(a -> a.evaluationLevel() != null && a.rectificationReportedAt() == null)
                .ifPresent(a -> {
                    store.rectificationReported(a.id(), reported.reportedAt());
                    steps.note(
                            a,
                            new Step(
                                    "RECTIFICATION_REPORTED",
                                    "supervisor",
                                    json.valueToTree(Map.of("department", reported.department())),
                                    reported.reportedAt()));
                });
    }
}
