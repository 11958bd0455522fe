package org.onewindow.portal.casework;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import org.onewindow.portal.applications.Application;
import org.onewindow.portal.catalog.ItemGuide;

/**
 * One material of the case as staff see it: its name from the item, the file handed in (or none),
 * how the page previews the file, and whether the item lets it follow after acceptance (容缺).
 *
 * @param preview {@code image} (an img), {@code pdf} (a frame) or {@code none} (a download link only)
 */
public record CaseMaterial(String id, String name, boolean gapAllowed, Application.StoredFile file, String preview) {

    /** Shown inline; anything else is offered as a download only (the proxy sends it as an attachment). */
    static final Set<String> IMAGES = Set.of("image/jpeg", "image/png", "image/gif", "image/webp");

    static final String PDF = "application/pdf";

    /** The item's materials in its order, then any file handed in for a material the item no longer lists. */
    static List<CaseMaterial> of(List<ItemGuide.Material> itemMaterials, Application application) {
        var byId = new LinkedHashMap<String, CaseMaterial>();
        for (var material : itemMaterials) {
            var file = application.file(material.id()).orElse(null);
            byId.put(
                    material.id(),
                    new CaseMaterial(
                            material.id(),
                            material.name(),
                            material.missingAllowedAtAcceptance(),
                            file,
                            preview(file)));
        }
        for (var file : application.materials()) {
            byId.putIfAbsent(
                    file.materialId(),
                    new CaseMaterial(file.materialId(), file.materialId(), false, file, preview(file)));
        }
        return new ArrayList<>(byId.values());
    }

    /**
     * The name the browser saves a file under: the applicant's own name for it without a folder,
     * a quote or a control character, at most 100 characters; {@code 材料} when nothing is left.
     * application-service already refuses such names at upload (its {@code FileNames}); this is
     * the portal's own guard, because Spring's {@code ContentDisposition} copies a name's line
     * breaks raw into the quoted {@code filename} of a header the portal writes.
     */
    static String downloadName(String fileName) {
        var name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}\"]", "").strip();
        name = name.codePoints()
                .limit(100)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return name.isEmpty() || name.chars().allMatch(c -> c == '.') ? "材料" : name;
    }

    static boolean inline(String contentType) {
        return PDF.equals(contentType) || IMAGES.contains(contentType);
    }

    private static String preview(Application.StoredFile file) {
        if (file == null || file.contentType() == null) {
            return "none";
        }
        if (IMAGES.contains(file.contentType())) {
            return "image";
        }
        return PDF.equals(file.contentType()) ? "pdf" : "none";
    }
}
