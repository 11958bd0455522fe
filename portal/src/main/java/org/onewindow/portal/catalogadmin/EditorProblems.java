package org.onewindow.portal.catalogadmin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.onewindow.portal.applications.ApiProblem;
import org.onewindow.portal.publicapi.ErrorSummary;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Every problem of a save at once, the API's and the portal's own, in plain words that say what to
 * do: in the summary at the top (each a link to its input, top to bottom) and beside the input.
 * Words are {@code catalog-admin.problem.<code>.<field>}, else {@code catalog-admin.problem.<code>}.
 */
@Component
class EditorProblems {

    private final MessageSource messages;

    EditorProblems(MessageSource messages) {
        this.messages = messages;
    }

    record Shown(ErrorSummary summary, EditorErrors beside) {}

    Shown of(GuideForm form, List<GuideJson.Problem> own, ApiProblem refused) {
        var ids = FieldIds.of(form);
        var found = new ArrayList<Found>();
        var ownPaths = new HashSet<String>();
        for (var problem : own) {
            ownPaths.add(problem.field());
            found.add(new Found(ids.idOf(problem.field()), problem.field(), problem.code(), problem.detail()));
        }
        if (refused != null) {
            for (var error : refused.errors()) {
                // a number the portal could not read went as null: its "required" says less than ours
                if (!ownPaths.contains(error.field())) {
                    found.add(new Found(ids.idOf(error.field()), error.field(), error.code(), null));
                }
            }
            if (refused.errors().isEmpty()) {
                found.add(new Found(null, null, refused.slug(), null));
            }
        }
        found.sort(Comparator.comparingInt(problem -> ids.position(problem.id())));
        var entries = new ArrayList<ErrorSummary.Entry>();
        var beside = new LinkedHashMap<String, List<String>>();
        for (var problem : found) {
            var text = text(problem);
            var summaryText = rowPrefix(problem.id()) + text;
            if (entries.stream().anyMatch(entry -> entry.message().equals(summaryText))) {
                continue;
            }
            entries.add(new ErrorSummary.Entry(problem.id() == null ? null : "#" + problem.id(), summaryText));
            if (problem.id() != null) {
                beside.computeIfAbsent(problem.id(), id -> new ArrayList<>()).add(text);
            }
        }
        var joined = new LinkedHashMap<String, String>();
        beside.forEach((id, texts) -> joined.put(id, String.join(" ", texts)));
        return new Shown(new ErrorSummary(entries), new EditorErrors(joined));
    }

    private record Found(String id, String path, String code, String detail) {}

    private String text(Found problem) {
        var code = problem.code() == null || problem.code().isBlank() ? "unknown" : problem.code();
        var field = fieldKey(problem.id());
        var label = field == null ? "" : word("catalog-admin.field." + field, field);
        var args = new Object[] {label, detail(problem), hint(field)};
        var specific = field == null ? null : message("catalog-admin.problem." + code + "." + field, args);
        if (specific != null) {
            return specific;
        }
        var general = message("catalog-admin.problem." + code, args);
        return general != null ? general : message("catalog-admin.problem.unknown", args);
    }

    /** invalid-schema: where in the schema; not-json: the line and column. */
    private static String detail(Found problem) {
        if (problem.detail() != null) {
            return problem.detail();
        }
        var path = problem.path();
        return path != null && path.startsWith("formSchema.") ? path.substring("formSchema.".length()) : "";
    }

    private String hint(String field) {
        if (field == null) {
            return "";
        }
        var hint = message("catalog-admin.hint." + field, new Object[0]);
        return hint == null ? "" : hint;
    }

    /** "第2项材料：" before a row's problem in the summary, where the row is not beside it. */
    private String rowPrefix(String id) {
        if (id == null) {
            return "";
        }
        var parts = id.substring(FieldIds.PREFIX.length()).split("-");
        if (parts.length < 3) {
            return "";
        }
        return message("catalog-admin.row." + parts[0], new Object[] {Integer.parseInt(parts[1]) + 1}) + "：";
    }

    /** {@code g-name} → name; {@code g-materials-0-copies} → materials.copies; {@code g-materials} → materials. */
    static String fieldKey(String id) {
        if (id == null) {
            return null;
        }
        var parts = id.substring(FieldIds.PREFIX.length()).split("-");
        return parts.length >= 3 ? parts[0] + "." + parts[2] : parts[0];
    }

    private String word(String key, String fallback) {
        var text = message(key, new Object[0]);
        return text == null ? fallback : text;
    }

    private String message(String key, Object[] args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, null, locale);
    }

    /** What stands beside each input: its problems' words, by input id. */
    record EditorErrors(Map<String, String> messages) {

        EditorErrors {
            messages = Map.copyOf(messages);
        }

        static EditorErrors none() {
            return new EditorErrors(Map.of());
        }

        public String of(String id) {
            return messages.get(id);
        }

        /** aria-describedby: the hint (when there is one) and the error. */
        public String describedBy(String id, boolean hint) {
            var ids = new ArrayList<String>();
            if (hint) {
                ids.add(id + "-hint");
            }
            if (messages.containsKey(id)) {
                ids.add(id + "-error");
            }
            return ids.isEmpty() ? null : String.join(" ", ids);
        }
    }
}
