package org.onewindow.application.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * One application (申请/办件) from draft to completion, personal data decrypted.
 *
 * @param agent who filed a legal person's application online (经办人); null otherwise
 */
public record Application(
        UUID id,
        String itemCode,
        int itemVersion,
        String itemName,
        String department,
        List<String> reviewDepartments,
        Channel channel,
        ApplicationStatus status,
        String ownerSubject,
        String filedBy,
        String filedByRole,
        ApplicantInput applicant,
        Agent agent,
        JsonNode form,
        String caseNo,
        OffsetDateTime submittedAt,
        JsonNode supplement,
        Integer evaluationLevel,
        String evaluationComment,
        OffsetDateTime createdAt,
        List<String> gapMaterials,
        LocalDate gapDeadline,
        OffsetDateTime rectificationReportedAt,
        Integer followUpLevel) {

    /** May the applicant rate now: once after completion, once more after a reported rectification. */
    public boolean mayBeRated() {
        return evaluationLevel == null || (rectificationReportedAt != null && followUpLevel == null);
    }

    /** Whether a rating is open right now: the case is completed and a rating is still due. */
    public boolean ratableNow() {
        return status == ApplicationStatus.COMPLETED && mayBeRated();
    }
}
