package org.onewindow.application.item;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.onewindow.contracts.EventTypes;
import org.onewindow.contracts.Topics;
import org.onewindow.platform.messaging.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps the local copy of item versions from catalog.item.v1. */
@Component
class ItemEventsListener {

    private final EventInbox inbox;
    private final ItemCopies copies;

    ItemEventsListener(EventInbox inbox, ItemCopies copies) {
        this.inbox = inbox;
        this.copies = copies;
    }

    @KafkaListener(topics = Topics.CATALOG_ITEM, groupId = "application-service-items")
    void on(ConsumerRecord<String, String> record) {
        inbox.apply("application-items", record, envelope -> {
            switch (envelope.type()) {
                case "ItemPublished" -> {
                    var published = envelope.payloadAs(EventTypes.ITEM_PUBLISHED);
                    copies.save(published.code(), published.version(), published.guide());
                    copies.makeCurrent(published.code(), published.version(), false);
                }
                case "ItemRetired" -> {
                    var retired = envelope.payloadAs(EventTypes.ITEM_RETIRED);
                    copies.retire(retired.code(), retired.lastVersion());
                }
                default -> {
                    // other item events are not ours to follow
                }
            }
        });
    }
}
