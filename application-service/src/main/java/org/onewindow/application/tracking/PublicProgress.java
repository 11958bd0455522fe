package org.onewindow.application.tracking;

import java.time.OffsetDateTime;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * What a person with the case number and query code sees: the status and every step, with the
 * applicant's name masked and no identity or phone number at all.
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

    record Step(OffsetDateTime at, String status, String action, JsonNode detail) {}
}
