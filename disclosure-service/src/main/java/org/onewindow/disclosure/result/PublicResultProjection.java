package org.onewindow.disclosure.result;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.onewindow.contracts.EventTypes;
import org.onewindow.contracts.Topics;
import org.onewindow.disclosure.system.ConsumerGroups;
import org.onewindow.platform.messaging.EventHandlers;
import org.onewindow.platform.messaging.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * The applicant and the decision of each case. A withdrawal review refused (WithdrawalRefused)
 * changes nothing here: the decision it was refused for stands and is already published.
 */
@Component
class PublicResultProjection {

    static final String NAME = "disclosure-results";

    private final EventInbox inbox;
    private final EventHandlers handlers;

    PublicResultProjection(EventInbox inbox, PublicResultService results) {
        this.inbox = inbox;
        this.handlers = EventHandlers.named(NAME)
                .on(EventTypes.APPLICATION_SUBMITTED, results::submitted)
                .on(EventTypes.APPLICATION_SUBMITTED_V1, v1 -> results.submitted(v1.current()))
                .on(EventTypes.DECISION_MADE, results::decided);
    }

    @KafkaListener(
            topics = {Topics.APPLICATION, Topics.REVIEW},
            groupId = ConsumerGroups.PREFIX + NAME)
    void on(ConsumerRecord<String, String> record) {
        inbox.apply(handlers, record);
    }
}
