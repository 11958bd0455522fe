package org.onewindow.application.item;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.onewindow.contracts.EventTypes;
import org.onewindow.contracts.Topics;
import org.onewindow.contracts.catalog.ItemPublished;
import org.onewindow.contracts.catalog.ItemRetired;
import org.onewindow.platform.messaging.EventHandlers;
import org.onewindow.platform.messaging.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps the local copy of item versions from catalog.item.v1. */
@Component
class ItemEventsListener {

    /** Both the Kafka group id and the inbox name. */
    static final String NAME = "application-items";

    private final EventInbox inbox;
    private final ItemCopies copies;
    private final EventHandlers handlers;

    ItemEventsListener(EventInbox inbox, ItemCopies copies) {
        this.inbox = inbox;
        this.copies = copies;
        this.handlers = EventHandlers.named(NAME)
                .on(EventTypes.ITEM_PUBLISHED, this::published)
                .on(EventTypes.ITEM_RETIRED, this::retired);
    }

    @KafkaListener(topics = Topics.CATALOG_ITEM, groupId = NAME)
    void on(ConsumerRecord<String, String> record) {
        inbox.apply(handlers, record);
    }

    private void published(ItemPublished published) {
        copies.save(published.code(), published.version(), published.guide());
        copies.makeCurrent(published.code(), published.version(), false);
    }

    private void retired(ItemRetired retired) {
        copies.retire(retired.code(), retired.lastVersion());
    }
}
