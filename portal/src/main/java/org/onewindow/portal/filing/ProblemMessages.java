package org.onewindow.portal.filing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.onewindow.portal.catalog.ItemGuide;
import org.springframework.stereotype.Component;

/**
 * Turns the API's problem codes (and the portal's own) into plain words that say how to fix the
 * field or material: {@code filing.problem.field.<CODE>}, {@code filing.problem.material.<CODE>} or
 * {@code filing.problem.<CODE>} in the bundle. A code the portal does not know falls back to the
 * API's own words when they are Chinese, and to a general request to check the entry otherwise.
 */
@Component
class ProblemMessages {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private final Texts texts;
    private final FieldTexts fields;

    ProblemMessages(Texts texts, FieldTexts fields) {
        this.texts = texts;
        this.fields = fields;
    }

    ErrorSummary summarise(
            List<Issue> problems, List<Issue> notices, FormSchema schema, List<ItemGuide.Material> materials) {
        var summary = new ErrorSummary.Builder();
        for (var problem : resolve(problems, materials)) {
            summary.problem(anchor(problem, schema, materials), text(problem, schema, materials));
        }
        for (var notice : notices) {
            summary.notice(anchor(notice, schema, materials), text(notice, schema, materials));
        }
        return summary.build();
    }

    ErrorSummary summarise(List<Issue> problems, FormSchema schema, List<ItemGuide.Material> materials) {
        return summarise(problems, List.of(), schema, materials);
    }

    private static String anchor(Issue issue, FormSchema schema, List<ItemGuide.Material> materials) {
        if (issue.materialId() != null
                && material(materials, issue.materialId()).isPresent()) {
            return Anchors.material(issue.materialId());
        }
        if (issue.field() != null && schema.field(issue.field()).isPresent()) {
            return Anchors.field(issue.field());
        }
        return null;
    }

    private String text(Issue issue, FormSchema schema, List<ItemGuide.Material> materials) {
        var code = key(issue.code());
        var material = issue.materialId() == null
                ? Optional.<ItemGuide.Material>empty()
                : material(materials, issue.materialId());
        if (material.isPresent()) {
            var m = material.get();
            var condition = issue.field() == null
                    ? ""
                    : schema.field(issue.field()).map(fields::label).orElse(issue.field());
            return first(
                    issue,
                    m.name(),
                    new Object[] {m.name(), m.typesLabel(), m.maxSizeLabel(), condition},
                    "filing.problem.material." + code);
        }
        var field = issue.field() == null ? Optional.<FormField>empty() : schema.field(issue.field());
        if (field.isPresent()) {
            var f = field.get();
            var rules = fields.rules(f);
            var base = "filing.problem.field." + code;
            return first(
                    issue,
                    fields.label(f),
                    new Object[] {fields.label(f), rules == null ? "" : rules},
                    f.choice() ? base + ".choice" : base,
                    rules == null ? base + ".plain" : base,
                    base);
        }
        return first(issue, null, new Object[0], "filing.problem." + code);
    }

    private String first(Issue issue, String subject, Object[] args, String... keys) {
        for (var key : keys) {
            var text = texts.orNull(key, args);
            if (text != null) {
                return text;
            }
        }
        if (issue.message() != null && HAN.matcher(issue.message()).find()) {
            return issue.message();
        }
        return subject == null
                ? texts.get("filing.problem.unknown")
                : texts.get("filing.problem.unknown.named", subject);
    }

    /** FORM_FIELD_REQUIRED, file-type-not-accepted and not-a-number all become bundle keys alike. */
    static String key(String code) {
        return code == null ? "UNKNOWN" : code.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /**
     * On submission the API names a missing conditional material by the field that made it
     * needed; the material is found by that field (and by its name in the API's words, when two
     * materials hang on the same field).
     */
    private static List<Issue> resolve(List<Issue> problems, List<ItemGuide.Material> materials) {
        var resolved = new ArrayList<Issue>();
        for (var problem : problems) {
            if (!"CONDITIONAL_MATERIAL_MISSING".equals(problem.code())
                    || problem.materialId() != null
                    || problem.field() == null) {
                resolved.add(problem);
                continue;
            }
            var candidates = materials.stream()
                    .filter(m -> m.condition() != null
                            && problem.field().equals(m.condition().field()))
                    .toList();
            var named = candidates.stream()
                    .filter(m -> problem.message() != null && problem.message().contains(m.name()))
                    .toList();
            var chosen = named.isEmpty() ? candidates : named;
            if (chosen.isEmpty()) {
                resolved.add(problem);
            }
            chosen.forEach(m -> resolved.add(new Issue(problem.code(), problem.field(), m.id(), problem.message())));
        }
        return resolved;
    }

    private static Optional<ItemGuide.Material> material(List<ItemGuide.Material> materials, String id) {
        return materials.stream().filter(m -> m.id().equals(id)).findFirst();
    }
}
