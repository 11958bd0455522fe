package org.onewindow.portal.mycases;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * An application as GET /api/applications/{id} shows it to its owner: the portal's own copy of
 * the fields it uses. The identity and phone numbers the API sends (masked) are not read at all.
 *
 * @param supplement what the office asked to correct, every item at once (一次性告知); empty otherwise
 * @param gapMaterials materials still owed after acceptance with gaps (容缺), due by {@code gapDeadline}
 * @param mayBeRated whether the API takes a rating now
 */
record Application(
        UUID id,
        String caseNo,
        String itemCode,
        String itemName,
        String status,
        List<Material> materials,
        List<SupplementItem> supplement,
        Integer evaluationLevel,
        OffsetDateTime createdAt,
        OffsetDateTime submittedAt,
        List<TimelineEntry> timeline,
        List<String> gapMaterials,
        LocalDate gapDeadline,
        boolean mayBeRated) {

    Application {
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

    CaseStatus state() {
        return CaseStatus.of(status);
    }

    /** The latest step named {@code action} in the timeline. */
    Optional<TimelineEntry> last(String action) {
        for (int i = timeline.size() - 1; i >= 0; i--) {
            if (action.equals(timeline.get(i).action())) {
                return Optional.of(timeline.get(i));
            }
        }
        return Optional.empty();
    }

    /** The electronic certificate's number, from the timeline step that issued it. */
    Optional<String> certificateNo() {
        return last("CERTIFICATE_ISSUED")
                .map(entry -> entry.text("certificateNo"))
                .filter(no -> !no.isBlank());
    }

    /** Whether the case was accepted at some point (a supplement can be asked before or after). */
    boolean wasAccepted() {
        return timeline.stream()
                .anyMatch(entry -> "ACCEPTED".equals(entry.status()) || "IN_REVIEW".equals(entry.status()));
    }

    /** A file handed in for a material. */
    record Material(
            String materialId, String fileName, String contentType, long sizeBytes, OffsetDateTime uploadedAt) {}

    /**
     * One thing to correct.
     *
     * @param materialId the material concerned, or null
     * @param field the form field concerned, or null
     */
    record SupplementItem(String materialId, String field, String description) {}

    /** One change: when, the status after it, what happened, and its details. */
    record TimelineEntry(OffsetDateTime at, String status, String action, String actorRole, JsonNode detail) {

        String text(String name) {
            if (detail == null || !detail.has(name) || detail.get(name).isNull()) {
                return "";
            }
            return detail.get(name).asString();
        }
    }
}
