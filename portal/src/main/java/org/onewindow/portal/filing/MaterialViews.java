package org.onewindow.portal.filing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.onewindow.portal.applications.Application;
import org.onewindow.portal.catalog.ItemGuide;
import org.springframework.stereotype.Component;

/** The item version's materials beside what the application holds, with problems and notices. */
@Component
class MaterialViews {

    /** What a file picker should offer: the endings people see on their files, beside the types. */
    private static final Map<String, List<String>> ENDINGS = Map.of(
            "application/pdf", List.of(".pdf"),
            "image/jpeg", List.of(".jpg", ".jpeg"),
            "image/png", List.of(".png"),
            "application/msword", List.of(".doc"),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of(".docx"),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of(".xlsx"),
            "application/zip", List.of(".zip"));

    private final Formats formats;

    MaterialViews(Formats formats) {
        this.formats = formats;
    }

    List<MaterialView> of(Draft draft, ErrorSummary summary) {
        var views = new ArrayList<MaterialView>();
        for (var material : draft.item().materials()) {
            var anchor = Anchors.material(material.id());
            var file = draft.application().file(material.id());
            views.add(new MaterialView(
                    material.id(),
                    anchor,
                    material.name(),
                    material.requirement(),
                    material.missingAllowedAtAcceptance(),
                    material.typesLabel(),
                    material.maxSizeLabel(),
                    accept(material),
                    material.fillInNotes(),
                    file.map(Application.StoredFile::fileName).orElse(null),
                    file.map(f -> Formats.size(f.sizeBytes())).orElse(null),
                    file.map(f -> formats.dateTime(f.uploadedAt())).orElse(null),
                    draft.path("materials") + "#" + anchor,
                    summary.messageFor(anchor),
                    summary.noticeFor(anchor)));
        }
        return views;
    }

    static String accept(ItemGuide.Material material) {
        var accepted = new LinkedHashSet<String>();
        for (var type : material.acceptedTypes()) {
            accepted.add(type);
            accepted.addAll(ENDINGS.getOrDefault(type, List.of()));
        }
        return accepted.isEmpty() ? null : String.join(",", accepted);
    }
}
