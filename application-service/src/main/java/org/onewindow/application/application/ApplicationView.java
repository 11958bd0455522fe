package org.onewindow.application.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.onewindow.application.material.StoredMaterial;
import org.onewindow.application.timeline.TimelineEntry;
import tools.jackson.databind.JsonNode;

/**
 * An application as its owner and staff see it; identity and phone numbers masked, the agent's too.
 *
 * @param gapMaterials the materials still owed after acceptance with gaps (容缺), due by {@code gapDeadline}
 * @param mayBeRated whether the case can be rated now (once after completion, once more after a rectification)
 */
public record ApplicationView(
        UUID id,
        String caseNo,
        String itemCode,
        int itemVersion,
        String itemName,
        Channel channel,
        ApplicationStatus status,
        Applicant applicant,
        Agent agent,
        JsonNode form,
        List<StoredMaterial> materials,
        JsonNode supplement,
        Integer evaluationLevel,
        OffsetDateTime createdAt,
        OffsetDateTime submittedAt,
        List<TimelineEntry> timeline,
        List<String> gapMaterials,
        LocalDate gapDeadline,
        boolean mayBeRated) {

    public record Applicant(ApplicantInput.ApplicantType type, String name, String idNumber, String phone) {}

    /** Who filed a legal person's application online (经办人), identity number masked; null otherwise. */
    public record Agent(String name, String idNumber) {}
}
