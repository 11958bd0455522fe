package org.onewindow.portal.filing;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * GET /api/applications/{id}: the portal's own copy of the fields filing shows. Identity and phone
 * numbers arrive masked.
 */
record Application(
        UUID id,
        String caseNo,
        String itemCode,
        int itemVersion,
        String itemName,
        String status,
        Applicant applicant,
        Agent agent,
        JsonNode form,
        List<StoredFile> materials,
        OffsetDateTime submittedAt) {

    static final String DRAFT = "DRAFT";

    Application {
        materials = materials == null ? List.of() : List.copyOf(materials);
    }

    /** Only a draft is filled in here; a submitted one is followed in 我的办件. */
    public boolean draft() {
        return DRAFT.equals(status);
    }

    Optional<StoredFile> file(String materialId) {
        return materials.stream()
                .filter(file -> file.materialId().equals(materialId))
                .findFirst();
    }

    record Applicant(String type, String name, String idNumber, String phone) {}

    /** Who filed a legal person's application online (经办人). */
    record Agent(String name, String idNumber) {}

    record StoredFile(
            String materialId, String fileName, String contentType, long sizeBytes, OffsetDateTime uploadedAt) {}
}
