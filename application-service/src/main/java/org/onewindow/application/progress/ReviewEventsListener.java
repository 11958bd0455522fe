package org.onewindow.application.progress;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.onewindow.contracts.Topics;
import org.onewindow.platform.messaging.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Follows review.v1, once per event, so the applicant sees every step. */
@Component
class ReviewEventsListener {

    private final EventInbox inbox;
    private final Progress progress;

    ReviewEventsListener(EventInbox inbox, Progress progress) {
        this.inbox = inbox;
        this.progress = progress;
    }

    @KafkaListener(topics = Topics.REVIEW, groupId = Progress.NAME)
    void on(ConsumerRecord<String, String> record) {
        inbox.apply(progress.handlers(), record);
    }
}
