package org.onewindow.platform.messaging;

import java.time.OffsetDateTime;

/**
 * A record a consumer gave up on, as an operator sees it: where it came from, what it held, why
 * it failed, and whether it was sent again.
 */
public record DeadLetter(
        long id,
        String consumerGroup,
        String topic,
        int partition,
        long offset,
        String key,
        String value,
        String correlationId,
        String exceptionClass,
        String exceptionMessage,
        OffsetDateTime deadLetteredAt,
        OffsetDateTime redrivenAt,
        String redrivenBy) {}
