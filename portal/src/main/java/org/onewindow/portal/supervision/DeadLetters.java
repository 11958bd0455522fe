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
            String redrivenBy) {}

    /** One service's section: its letters, or that it could not be read just now. */
    record Section(String service, DeadLetters letters, boolean unavailable) {}
}
