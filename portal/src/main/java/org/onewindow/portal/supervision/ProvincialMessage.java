package org.onewindow.portal.supervision;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** GET /api/applications/provincial/messages: one push to the provincial platform and its attempts. */
record ProvincialMessage(
        UUID messageId,
        String caseNo,
        String exchangeCode,
        String state,
        int attempts,
        String lastError,
        OffsetDateTime createdAt,
        OffsetDateTime nextAttemptAt,
        OffsetDateTime sentAt) {

    /** PENDING, SENT, FAILED: the filters the log offers. */
    static final List<String> STATES = List.of("FAILED", "PENDING", "SENT");

    /** Only a parked (FAILED) message is resent; the API refuses the others. */
    public boolean resendable() {
        return "FAILED".equals(state);
    }
}
