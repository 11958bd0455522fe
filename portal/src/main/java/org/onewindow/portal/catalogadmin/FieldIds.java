package org.onewindow.portal.catalogadmin;

import java.util.ArrayList;
import java.util.List;

/**
 * The ids of the editor's inputs, in the order of the page ({@code g-name}, {@code g-materials-0-name}),
 * and the input an API field path ({@code materials[0].condition.field}) is about.
 */
final class FieldIds {

    static final String PREFIX = "g-";

    private static final List<String> MATERIAL = List.of(
            "name",
            "id",
            "form",
            "copies",
            "requirement",
            "conditionField",
            "conditionOperator",
            "conditionValue",
            "acceptedTypes",
            "maxSizeKb",
            "sealRequired",
            "signatureRequired",
            "missingAllowedAtAcceptance",
            "basis",
            "fillInNotes",
            "templateUrl",
            "sampleUrl");
    private static final List<String> STEP = List.of("order", "channel", "name", "description");
    private static final List<String> FEE = List.of("name", "amountYuan", "basis", "waivers");
    private static final List<String> WINDOW = List.of("name", "address", "hours", "phone");
    private static final List<String> FAQ = List.of("question", "answer");

    private final List<String> ids;

    private FieldIds(List<String> ids) {
        this.ids = List.copyOf(ids);
    }

    static FieldIds of(GuideForm form) {
        var ids = new ArrayList<String>();
        top(
                ids,
                "name",
                "code",
                "baseCode",
                "type",
                "department",
                "serviceObjects",
                "handlingType",
                "powerSource",
                "legalBasis",
                "conditions",
                "keywords",
                "confidential");
        rows(ids, "materials", form.materials().size(), MATERIAL);
        rows(ids, "steps", form.steps().size(), STEP);
        top(ids, "statutoryLimitDays", "promisedLimitDays", "onlineDepth", "maxVisits");
        rows(ids, "fees", form.fees().size(), FEE);
        top(ids, "reviewDepartments");
        rows(ids, "windows", form.windows().size(), WINDOW);
        rows(ids, "faq", form.faq().size(), FAQ);
        top(ids, "formSchema");
        return new FieldIds(ids);
    }

    /** The input the API's path is about, or the nearest enclosing one; null for the whole item. */
    String idOf(String path) {
        if (path == null || path.isBlank()) {
            return null;
        }
        var name = path.replaceAll("\\[(\\d+)]", "-$1")
                .replace('.', '-')
                .replace("-condition-field", "-conditionField")
                .replace("-condition-operator", "-conditionOperator")
                .replace("-condition-value", "-conditionValue")
                .replace("-amountFen", "-amountYuan");
        if (name.endsWith("-condition")) {
            name = name + "Field";
        }
        while (!ids.contains(PREFIX + name)) {
            int cut = name.lastIndexOf('-');
            if (cut <= 0) {
                return null;
            }
            name = name.substring(0, cut);
        }
        return PREFIX + name;
    }

    /** Where an input stands on the page, to list problems top to bottom. */
    int position(String id) {
        int at = id == null ? -1 : ids.indexOf(id);
        return at < 0 ? -1 : at;
    }

    private static void top(List<String> ids, String... names) {
        for (var name : names) {
            ids.add(PREFIX + name);
        }
    }

    private static void rows(List<String> ids, String list, int count, List<String> fields) {
        ids.add(PREFIX + list);
        for (int i = 0; i < count; i++) {
            for (var field : fields) {
                ids.add(PREFIX + list + "-" + i + "-" + field);
            }
        }
    }
}
