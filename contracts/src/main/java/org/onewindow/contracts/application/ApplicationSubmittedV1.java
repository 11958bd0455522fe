package org.onewindow.contracts.application;

import java.time.OffsetDateTime;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Version 1 of {@link ApplicationSubmitted}, which carried the applicant's identity and phone
 * numbers and the whole form in plain text. No longer published; consumers read what is still on
 * the topic through {@link #current()}, which keeps nothing personal but the name.
 */
public record ApplicationSubmittedV1(
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
        OffsetDateTime submittedAt) {

    /** @param idNumber citizen identity number or unified social credit code, in full */
    public record Applicant(String type, String name, String idNumber, String phone) {}

    public ApplicationSubmitted current() {
        return new ApplicationSubmitted(
                caseNo,
                applicationId,
                itemCode,
                itemVersion,
                department,
                channel,
                new org.onewindow.contracts.application.Applicant(applicant.type(), applicant.name(), null),
                filedBy,
                submittedAt);
    }
}
