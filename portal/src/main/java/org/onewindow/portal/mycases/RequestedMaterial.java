package org.onewindow.portal.mycases;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.onewindow.portal.applications.Application;
import org.onewindow.portal.catalog.ItemGuide;

/**
 * One thing the office asked for, as the page shows it: for a material, a file input with the
 * material's name, accepted types and size limit (from the catalog); for a form field, its
 * description only.
 *
 * @param materialId the material, or null for a form field
 * @param field the form field, or null for a material
 * @param name the material's name (its id when the catalog does not answer)
 * @param description what the office says is wrong, or null
 * @param accept the file input's accept attribute (media types), or null
 * @param types the accepted file types in words ("PDF、JPG"), or empty
 * @param maxSize the size limit in words ("5 MB"), or empty
 * @param uploaded the name of the file already handed in since the request, or null
 */
public record RequestedMaterial(
        String materialId,
        String field,
        String name,
        String description,
        String accept,
        String types,
        String maxSize,
        String uploaded) {

    /** The id of its file input, which the error summary links to. */
    public String inputId() {
        return materialId == null ? "field-" + field : "material-" + materialId;
    }

    /** The form part carrying its file. */
    public String partName() {
        return "file-" + materialId;
    }

    public static List<RequestedMaterial> forSupplement(
            Application application, Map<String, ItemGuide.Material> catalog) {
        var requestedAt = application
                .last("SUPPLEMENT_REQUESTED")
                .map(Application.TimelineEntry::at)
                .orElse(null);
        var result = new ArrayList<RequestedMaterial>();
        for (var item : application.supplement()) {
            if (item.materialId() == null || item.materialId().isBlank()) {
                result.add(new RequestedMaterial(
                        null, item.field(), item.field(), item.description(), null, "", "", null));
            } else {
                result.add(of(item.materialId(), item.description(), application, catalog, requestedAt));
            }
        }
        return List.copyOf(result);
    }

    static List<RequestedMaterial> forGap(Application application, Map<String, ItemGuide.Material> catalog) {
        return application.gapMaterials().stream()
                .map(id -> of(id, null, application, catalog, null))
                .toList();
    }

    private static RequestedMaterial of(
            String materialId,
            String description,
            Application application,
            Map<String, ItemGuide.Material> catalog,
            java.time.OffsetDateTime since) {
        var material = catalog.get(materialId);
        var uploaded = since == null
                ? null
                : application.materials().stream()
                        .filter(file -> materialId.equals(file.materialId())
                                && file.uploadedAt() != null
                                && file.uploadedAt().isAfter(since))
                        .map(Application.StoredFile::fileName)
                        .findFirst()
                        .orElse(null);
        if (material == null) {
            return new RequestedMaterial(materialId, null, materialId, description, null, "", "", uploaded);
        }
        var accept = material.acceptedTypes().isEmpty() ? null : String.join(",", material.acceptedTypes());
        return new RequestedMaterial(
                materialId,
                null,
                material.name(),
                description,
                accept,
                material.typesLabel(),
                material.maxSizeLabel(),
                uploaded);
    }
}
