package org.onewindow.disclosure.guide;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.onewindow.contracts.EventTypes;
import org.onewindow.contracts.Topics;
import org.onewindow.disclosure.system.ConsumerGroups;
import org.onewindow.platform.messaging.EventHandlers;
import org.onewindow.platform.messaging.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Published and retired items from catalog, into the public guides. */
@Component
class PublicItemProjection {

    static final String NAME = "disclosure-items";

    private final EventInbox inbox;
    private final EventHandlers handlers;

    PublicItemProjection(EventInbox inbox, PublicItemService items) {
        this.inbox = inbox;
        this.handlers = EventHandlers.named(NAME)
                .on(EventTypes.ITEM_PUBLISHED, items::published)
                .on(EventTypes.ITEM_RETIRED, retired -> items.retired(retired.code()));
    }

    @KafkaListener(topics = Topics.CATALOG_ITEM, groupId = ConsumerGroups.PREFIX + NAME)
    void on(ConsumerRecord<String, String> record) {
        inbox.apply(handlers, record);
    }
}
