package org.onewindow.portal.progress;

import java.time.OffsetDateTime;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * GET /api/applications/progress/{caseNo}?code=: a counter or provincial case as its applicant
 * sees it with the receipt's query code; the name masked, no identity or phone number (the
 * portal's own copy of application-service's PublicProgress).
 *
 * @param mayBeRated completed and a rating (好差评) still open
 * @param timeline every change, oldest first; {@code detail} is what the step carried
 */
record PublicProgress(
        String caseNo,
        String itemName,
        String channel,
        String status,
        String applicantName,
        OffsetDateTime submittedAt,
        boolean mayBeRated,
        List<Step> timeline) {

    PublicProgress {
        timeline = timeline == null ? List.of() : List.copyOf(timeline);
    }

    record Step(OffsetDateTime at, String status, String action, JsonNode detail) {}
}
