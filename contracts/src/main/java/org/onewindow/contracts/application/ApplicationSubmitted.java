package org.onewindow.contracts.application;

import java.time.OffsetDateTime;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * An application was submitted and got its case number: review creates the case from it.
 *
 * @param channel ONLINE, WINDOW or PROVINCIAL
 * @param filedBy who filed it: the applicant's own account, or the clerk or platform acting for them
 */
public record ApplicationSubmitted(
        String caseNo,
        String applicationId,
        String itemCode,
        int itemVersion,
        String department,
        String channel,
        Applicant applicant,
        String filedBy,
        JsonNode form,
        List<MaterialDigest> materials,
        OffsetDateTime submittedAt) {}
