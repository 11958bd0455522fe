package org.onewindow.portal.applications;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * An application as GET /api/applications/{id} shows it to its owner: the portal's one copy of the
 * fields it uses, for filing (the draft being filled in) and for 我的办件 (the case followed after).
 * Identity and phone numbers arrive masked.
 *
 * @param agent who filed a legal person's application online (经办人), or null
 * @param supplement what the office asked to correct, every item at once (一次性告知); empty otherwise
 * @param timeline every change, oldest first
 * @param gapMaterials materials still owed after acceptance with gaps (容缺), due by {@code gapDeadline}
 * @param mayBeRated whether the API takes a rating now
 */
public record Application(
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
        List<SupplementItem> supplement,
        Integer evaluationLevel,
        OffsetDateTime createdAt,
        OffsetDateTime submittedAt,
        List<TimelineEntry> timeline,
        List<String> gapMaterials,
        LocalDate gapDeadline,
        boolean mayBeRated) {

    public Application {
        materials = materials == null ? List.of() : List.copyOf(materials);
        supplement = supplement == null ? List.of() : List.copyOf(supplement);
        timeline = timeline == null
                ? List.of()
                : timeline.stream()
                        .sorted(Comparator.comparing(
                                TimelineEntry::at, Comparator.nullsFirst(Comparator.naturalOrder())))
                        .toList();
        gapMaterials = gapMaterials == null ? List.of() : List.copyOf(gapMaterials);
    }

    /** Only a draft is filled in; a submitted one is followed in 我的办件. */
    public boolean draft() {
        return "DRAFT".equals(status);
    }

    /** The file handed in for a material, if any. */
    public Optional<StoredFile> file(String materialId) {
        return materials.stream()
                .filter(file -> file.materialId().equals(materialId))
                .findFirst();
    }

    /** The latest step named {@code action} in the timeline. */
    public Optional<TimelineEntry> last(String action) {
        for (int i = timeline.size() - 1; i >= 0; i--) {
            if (action.equals(timeline.get(i).action())) {
                return Optional.of(timeline.get(i));
            }
        }
        return Optional.empty();
    }

    public record Applicant(String type, String name, String idNumber, String phone) {}

    public record Agent(String name, String idNumber) {}

    /** A file handed in for a material. */
    public record StoredFile(
            String materialId, String fileName, String contentType, long sizeBytes, OffsetDateTime uploadedAt) {}

    /**
     * One thing to correct.
     *
     * @param materialId the material concerned, or null
     * @param field the form field concerned, or null
     */
    public record SupplementItem(String materialId, String field, String description) {}

    /** One change: when, the status after it, what happened, and its details. */
    public record TimelineEntry(OffsetDateTime at, String status, String action, String actorRole, JsonNode detail) {

        /** A detail as text; empty when the step has none of that name. */
        public String text(String name) {
            if (detail == null || !detail.has(name) || detail.get(name).isNull()) {
                return "";
            }
            return detail.get(name).asString();
        }
    }
}
