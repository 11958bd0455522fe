package org.onewindow.disclosure.calendar;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.onewindow.contracts.EventTypes;
import org.onewindow.contracts.Topics;
import org.onewindow.disclosure.system.ConsumerGroups;
import org.onewindow.platform.messaging.EventHandlers;
import org.onewindow.platform.messaging.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps the bureau's calendar as review-service publishes it. */
@Component
class CalendarProjection {

    static final String NAME = "disclosure-calendar";

    private final EventInbox inbox;
    private final EventHandlers handlers;

    CalendarProjection(EventInbox inbox, DisclosureCalendar calendar) {
        this.inbox = inbox;
        this.handlers = EventHandlers.named(NAME).on(EventTypes.CALENDAR_CHANGED, calendar::changed);
    }

    @KafkaListener(topics = Topics.CALENDAR, groupId = ConsumerGroups.PREFIX + NAME)
    void on(ConsumerRecord<String, String> record) {
        inbox.apply(handlers, record);
    }
}
