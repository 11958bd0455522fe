package org.onewindow.platform.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An outbox entry the relay parked, and how many of its key's later entries wait behind it. */
public record ParkedEvent(
        long id,
        UUID eventId,
        String topic,
        String key,
        String type,
        int attempts,
        String lastError,
        OffsetDateTime createdAt,
        OffsetDateTime parkedAt,
        long waitingBehind) {}
