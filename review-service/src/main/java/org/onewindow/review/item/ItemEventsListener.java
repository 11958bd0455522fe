package org.onewindow.review.item;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.onewindow.contracts.EventTypes;
import org.onewindow.contracts.Topics;
import org.onewindow.platform.messaging.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps item versions' limits and departments from catalog.item.v1. */
@Component
class ItemEventsListener {

    private final EventInbox inbox;
    private final ReviewItems items;

    ItemEventsListener(EventInbox inbox, ReviewItems items) {
        this.inbox = inbox;
        this.items = items;
    }

    @KafkaListener(topics = Topics.CATALOG_ITEM, groupId = "review-service-items")
    void on(ConsumerRecord<String, String> record) {
        inbox.apply("review-items", record, envelope -> {
            if ("ItemPublished".equals(envelope.type())) {
                items.save(envelope.payloadAs(EventTypes.ITEM_PUBLISHED));
            }
        });
    }
}
