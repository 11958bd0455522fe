package org.onewindow.portal.progress;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * What a timeline step's {@code detail} says, read leniently: the detail is whatever the step
 * carried (an event's payload, a few named values), and a field that is missing or of another
 * shape is simply not shown.
 */
final class StepDetail {

    private StepDetail() {}

    /** The words a step carries for the applicant: a reason, or each thing to correct. */
    static List<String> notes(PublicProgress.Step step) {
        var detail = step.detail();
        var notes = new ArrayList<String>();
        switch (String.valueOf(step.action())) {
            case "SUPPLEMENT_REQUESTED" -> {
                var items = detail == null ? null : detail.get("items");
                if (items != null && items.isArray()) {
                    for (var item : items) {
                        addIfPresent(notes, text(item, "description"));
                    }
                }
            }
            case "NOT_ACCEPTED" -> addIfPresent(notes, text(detail, "legalReason"));
            case "DENIED", "APPROVED", "CASE_EXTENDED", "WITHDRAWAL_REFUSED" ->
                addIfPresent(notes, text(detail, "reason"));
            case "SPECIAL_PROCEDURE_STARTED" -> addIfPresent(notes, text(detail, "note"));
            default -> {
                // the other steps say all there is in their own sentence
            }
        }
        return List.copyOf(notes);
    }

    private static void addIfPresent(List<String> notes, String note) {
        if (note != null && !note.isBlank()) {
            notes.add(note.strip());
        }
    }

    static String text(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        var value = node.get(field);
        return value == null || value.isNull() || value.isContainer() ? null : value.asString();
    }

    static LocalDate date(JsonNode node, String field) {
        var value = text(node, field);
        if (value == null || value.isBlank() || "null".equals(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
