package org.onewindow.application.application;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.onewindow.application.material.StoredMaterial;
import org.onewindow.application.timeline.TimelineEntry;
import tools.jackson.databind.JsonNode;

/** An application as its owner and staff see it; identity and phone numbers masked, the agent's too. */
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
        List<TimelineEntry> timeline) {

    public record Applicant(ApplicantInput.ApplicantType type, String name, String idNumber, String phone) {}

    /** Who filed a legal person's application online (经办人), identity number masked; null otherwise. */
    public record Agent(String name, String idNumber) {}
}
