package org.onewindow.disclosure.evaluation;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.onewindow.contracts.EventTypes;
import org.onewindow.contracts.Topics;
import org.onewindow.disclosure.system.ConsumerGroups;
import org.onewindow.platform.messaging.EventHandlers;
import org.onewindow.platform.messaging.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Evaluations as the public figures need them: the level, never the comment (it is the
 * applicant's own words and may name people). The follow-up after a rectification replaces the
 * first rating, once (statistics' {@code Rated}).
 */
@Component
class EvaluationProjection {

    static final String NAME = "disclosure-evaluations";

    private final EventInbox inbox;
    private final EventHandlers handlers;

    EvaluationProjection(EventInbox inbox, EvaluationService evaluations) {
        this.inbox = inbox;
        this.handlers = EventHandlers.named(NAME).on(EventTypes.APPLICATION_EVALUATED, evaluations::evaluated);
    }

    @KafkaListener(topics = Topics.APPLICATION, groupId = ConsumerGroups.PREFIX + NAME)
    void on(ConsumerRecord<String, String> record) {
        inbox.apply(handlers, record);
    }
}
