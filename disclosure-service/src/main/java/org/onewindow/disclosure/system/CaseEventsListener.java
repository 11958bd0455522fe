package org.onewindow.disclosure.system;

import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.onewindow.contracts.Topics;
import org.onewindow.platform.messaging.EventHandlers;
import org.onewindow.platform.messaging.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Feeds every read model of the case topics from one consumer group, a poll in one transaction.
 * With a group per model, each event was fetched, parsed and committed once per model, and the
 * evaluations model parsed every event only to drop it (issue 16). Each model keeps its own inbox
 * name, so one can still be rebuilt alone (RUNBOOK, "Rebuilding a read model").
 */
@Component
class CaseEventsListener {

    static final String NAME = "disclosure-case-events";

    private final EventInbox inbox;
    private final List<EventHandlers> models;

    CaseEventsListener(EventInbox inbox, List<CaseReadModel> models) {
        this.inbox = inbox;
        this.models = models.stream().map(CaseReadModel::handlers).toList();
    }

    /** The inbox names of the models it feeds. */
    List<String> models() {
        return models.stream().map(EventHandlers::name).toList();
    }

    /** A poll at a time, in one transaction (issue 16); see {@link EventInbox#applyAll}. */
    @KafkaListener(
            topics = {Topics.APPLICATION, Topics.REVIEW},
            groupId = ConsumerGroups.PREFIX + NAME,
            batch = "true",
            properties = EventInbox.MAX_POLL_RECORDS)
    void on(List<ConsumerRecord<String, String>> records) {
        inbox.applyAll(models, records);
    }
}
