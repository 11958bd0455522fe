package org.onewindow.portal.catalogadmin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The values a guide element may take and their names in words: the editor's choices and the
 * diff's. Types and departments are named as everywhere in the portal ({@code itemType.XK},
 * {@code department.publishing}); the rest by {@code catalog-admin.value.<element>.<value>}.
 */
@Component
class GuideValues {

    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static final Map<String, List<String>> VALUES = Map.ofEntries(
            Map.entry("type", List.of("XK", "CF", "QZ", "ZS", "GF", "JC", "QR", "JL", "CJ", "QT", "GG")),
            Map.entry("department", List.of("service-hall", "publishing", "radio-tv", "printing", "bureau")),
            Map.entry("reviewDepartments", List.of("service-hall", "publishing", "radio-tv", "printing", "bureau")),
            Map.entry("serviceObjects", List.of("NATURAL_PERSON", "LEGAL_PERSON")),
            Map.entry("handlingType", List.of("PROMISED", "IMMEDIATE")),
            Map.entry("onlineDepth", List.of("1", "2", "3", "4")),
            Map.entry("maxVisits", List.of("0", "1", "2")),
            Map.entry("form", List.of("ORIGINAL", "COPY", "ELECTRONIC")),
            Map.entry("requirement", List.of("REQUIRED", "OPTIONAL", "CONDITIONAL")),
            Map.entry("operator", List.of("EQUALS", "NOT_EQUALS", "IN", "PRESENT")),
            Map.entry("channel", List.of("ONLINE", "OFFLINE")),
            Map.entry("acceptedTypes", List.of(PDF, "image/jpeg", "image/png", DOCX)));

    private final MessageSource messages;

    GuideValues(MessageSource messages) {
        this.messages = messages;
    }

    /** One choice of a select or a box of a list. */
    record Choice(String value, String label) {}

    /** Every value of the element, with any value the guide has that the portal does not know, as itself. */
    public List<Choice> choices(String element, List<String> present) {
        var values = new ArrayList<>(VALUES.getOrDefault(element, List.of()));
        for (var value : present == null ? List.<String>of() : present) {
            if (value != null && !value.isBlank() && !values.contains(value)) {
                values.add(value);
            }
        }
        return values.stream()
                .map(value -> new Choice(value, label(element, value)))
                .toList();
    }

    public List<Choice> choices(String element, String present) {
        return choices(element, present == null ? List.of() : List.of(present));
    }

    /** The value in words; a value the bundles do not name is shown as it is. */
    public String label(String element, String value) {
        if (value == null) {
            return "";
        }
        var key = switch (element) {
            case "type" -> "itemType." + value;
            case "department", "reviewDepartments" -> "department." + value;
            default -> "catalog-admin.value." + element + "." + value;
        };
        var locale = LocaleContextHolder.getLocale();
        var named = messages.getMessage(key, null, null, locale);
        if (named == null && ("true".equals(value) || "false".equals(value))) {
            named = messages.getMessage("catalog-admin.value.boolean." + value, null, null, locale);
        }
        return named == null ? value : named;
    }
}
