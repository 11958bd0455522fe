package org.onewindow.review.item;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.onewindow.contracts.EventTypes;
import org.onewindow.contracts.Topics;
import org.onewindow.platform.messaging.EventHandlers;
import org.onewindow.platform.messaging.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps item versions' limits and departments from catalog.item.v1. */
@Component
class ItemEventsListener {

    /** Both the Kafka group id and the inbox name. */
    static final String NAME = "review-items";

    private final EventInbox inbox;
    private final EventHandlers handlers;

    ItemEventsListener(EventInbox inbox, ReviewItems items) {
        this.inbox = inbox;
        this.handlers = EventHandlers.named(NAME).on(EventTypes.ITEM_PUBLISHED, items::published);
    }

    @KafkaListener(topics = Topics.CATALOG_ITEM, groupId = NAME)
    void on(ConsumerRecord<String, String> record) {
        inbox.apply(handlers, record);
    }
}
