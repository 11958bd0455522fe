package org.onewindow.portal.supervision;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * GET /api/{service}/dead-letters: a page of the records a service's consumers gave up on, newest
 * first. The record's own value is not read: it may hold an applicant's data, and the page needs
 * only where it came from, why it failed and whether it was sent again.
 */
record DeadLetters(List<Letter> items, int page, int size, long total) {

    /** The services with dead letters, by their API prefix, in the order the page lists them. */
    static final List<String> SERVICES = List.of("applications", "review", "disclosure", "catalog");

    DeadLetters {
        items = items == null ? List.of() : List.copyOf(items);
    }

    record Letter(
            long id,
            String consumerGroup,
            String topic,
            int partition,
            long offset,
            String key,
            String exceptionClass,
            String exceptionMessage,
            OffsetDateTime deadLetteredAt,
            OffsetDateTime redrivenAt,
            String redrivenBy) {

        /**
         * What went wrong, in the supervisor's words (the page's key {@code cause.*}): a message
         * the consumer cannot read will fail again however often it is sent, a database that was
         * down will not, and anything else wants the service's log first. The exception itself
         * stays on the page, folded, for whoever fixes it.
         */
        public String cause() {
            var failure = exceptionClass == null ? "" : exceptionClass;
            if (failure.endsWith("MalformedEventException")
                    || failure.startsWith("tools.jackson.")
                    || failure.contains("Deserializ")
                    || failure.contains("MessageConversion")) {
                return "unreadable";
            }
            if (failure.startsWith("org.springframework.dao.")
                    || failure.startsWith("org.springframework.jdbc.")
                    || failure.startsWith("org.springframework.transaction.")
                    || failure.startsWith("java.sql.")
                    || failure.startsWith("org.postgresql.")) {
                return "database";
            }
            return "processing";
        }
    }

    /** One service's section: its letters, or that it could not be read just now. */
    record Section(String service, DeadLetters letters, boolean unavailable) {}
}
