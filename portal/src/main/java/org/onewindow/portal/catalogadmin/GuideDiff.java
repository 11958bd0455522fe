package org.onewindow.portal.catalogadmin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import org.onewindow.portal.catalogadmin.LineDiff.Kind;
import org.onewindow.portal.catalogadmin.LineDiff.Line;
import tools.jackson.databind.JsonNode;

/**
 * What changed between two versions of a guide, element by element in the guide's order: a value
 * before and after; a long text or the form schema line by line; a list of values as values added
 * and removed; a list of materials, steps, fees, windows or questions entry by entry (added,
 * removed, changed, with each changed detail). Plain Java: values are named by {@code words}.
 */
final class GuideDiff {

    /** Elements of one value. */
    private static final List<String> VALUES = List.of(
            "name",
            "code",
            "baseCode",
            "type",
            "department",
            "handlingType",
            "powerSource",
            "statutoryLimitDays",
            "promisedLimitDays",
            "onlineDepth",
            "maxVisits",
            "confidential");
    /** Elements of several lines. */
    private static final List<String> TEXTS = List.of("legalBasis", "conditions");
    /** Lists of values. */
    private static final List<String> SETS = List.of("serviceObjects", "reviewDepartments", "keywords");
    /** Lists of entries, and the field that tells an entry from the others. */
    private static final Map<String, String> ENTRIES = entries();

    /** The guide's order, as the editor and the public guide show it. */
    static final List<String> ORDER = List.of(
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
            "confidential",
            "materials",
            "steps",
            "statutoryLimitDays",
            "promisedLimitDays",
            "onlineDepth",
            "maxVisits",
            "fees",
            "reviewDepartments",
            "windows",
            "faq",
            "formSchema");

    private final BiFunction<String, String, String> words;

    /** @param words names a value of an element ({@code type}, {@code XK} → 行政许可); the value itself if unnamed */
    GuideDiff(BiFunction<String, String, String> words) {
        this.words = words;
    }

    /** One element that changed: its lines, or for a list of entries its entries. */
    record Change(String element, List<Line> lines, List<EntryChange> entries) {}

    /**
     * One entry of a list: {@code kind} ADDED, REMOVED, or SAME for an entry whose details changed.
     *
     * @param details per field: "field" → what it was and is now
     */
    record EntryChange(Kind kind, String name, List<Detail> details) {}

    /** A field of an entry, before and after (null: it had none). */
    record Detail(String field, String before, String after) {}

    List<Change> between(JsonNode from, JsonNode to) {
        var changes = new ArrayList<Change>();
        for (var element : ORDER) {
            var before = from.path(element);
            var after = to.path(element);
            if (same(before, after)) {
                continue;
            }
            if (ENTRIES.containsKey(element)) {
                changes.add(new Change(element, List.of(), entries(element, before, after)));
            } else if (SETS.contains(element)) {
                changes.add(new Change(element, sets(element, before, after), List.of()));
            } else if (TEXTS.contains(element)) {
                changes.add(new Change(element, LineDiff.of(text(before), text(after)), List.of()));
            } else if ("formSchema".equals(element)) {
                changes.add(new Change(element, changedOnly(LineDiff.of(schema(before), schema(after))), List.of()));
            } else {
                changes.add(new Change(element, value(element, before, after), List.of()));
            }
        }
        return changes;
    }

    private List<Line> value(String element, JsonNode before, JsonNode after) {
        var lines = new ArrayList<Line>();
        if (present(before)) {
            lines.add(new Line(Kind.REMOVED, words.apply(element, text(before))));
        }
        if (present(after)) {
            lines.add(new Line(Kind.ADDED, words.apply(element, text(after))));
        }
        return lines;
    }

    private List<Line> sets(String element, JsonNode before, JsonNode after) {
        var was = strings(before);
        var is = strings(after);
        var lines = new ArrayList<Line>();
        was.stream()
                .filter(value -> !is.contains(value))
                .forEach(value -> lines.add(new Line(Kind.REMOVED, words.apply(element, value))));
        is.stream()
                .filter(value -> !was.contains(value))
                .forEach(value -> lines.add(new Line(Kind.ADDED, words.apply(element, value))));
        return lines;
    }

    private List<EntryChange> entries(String element, JsonNode before, JsonNode after) {
        var key = ENTRIES.get(element);
        var was = byKey(before, key);
        var is = byKey(after, key);
        var changes = new ArrayList<EntryChange>();
        was.forEach((id, entry) -> {
            if (!is.containsKey(id)) {
                changes.add(new EntryChange(Kind.REMOVED, name(entry, key), List.of()));
            }
        });
        is.forEach((id, entry) -> {
            var old = was.get(id);
            if (old == null) {
                changes.add(new EntryChange(Kind.ADDED, name(entry, key), List.of()));
            } else if (!same(old, entry)) {
                changes.add(new EntryChange(Kind.SAME, name(entry, key), details(old, entry)));
            }
        });
        return changes;
    }

    private List<Detail> details(JsonNode before, JsonNode after) {
        var fields = new java.util.LinkedHashSet<String>();
        before.propertyNames().forEach(fields::add);
        after.propertyNames().forEach(fields::add);
        var details = new ArrayList<Detail>();
        for (var field : fields) {
            var was = before.path(field);
            var is = after.path(field);
            if (!same(was, is)) {
                details.add(new Detail(field, shown(field, was), shown(field, is)));
            }
        }
        return details;
    }

    /** A field of an entry in words: a list joined, a condition as field, operator and value. */
    private String shown(String field, JsonNode value) {
        if (!present(value)) {
            return null;
        }
        if (value.isArray()) {
            return String.join(
                    "、",
                    strings(value).stream()
                            .map(each -> words.apply(field, each))
                            .toList());
        }
        if (value.isObject()) {
            var parts = new ArrayList<String>();
            value.properties().forEach(property -> {
                if (present(property.getValue())) {
                    parts.add(words.apply(property.getKey(), text(property.getValue())));
                }
            });
            return String.join(" ", parts);
        }
        return words.apply(field, text(value));
    }

    /** A material by its id, a step by its order, the others by their name or question. */
    private static Map<String, JsonNode> byKey(JsonNode list, String key) {
        var entries = new LinkedHashMap<String, JsonNode>();
        if (list.isArray()) {
            int i = 0;
            for (var entry : list) {
                var id = text(entry.path(key));
                entries.put(id.isEmpty() ? "#" + i : id, entry);
                i++;
            }
        }
        return entries;
    }

    private static String name(JsonNode entry, String key) {
        var name = text(entry.path("name"));
        if (!name.isEmpty() && !"name".equals(key)) {
            return name;
        }
        var keyed = text(entry.path(key));
        return keyed.isEmpty() ? name : keyed;
    }

    private static List<Line> changedOnly(List<Line> lines) {
        return lines.stream().filter(line -> line.kind() != Kind.SAME).toList();
    }

    private static boolean same(JsonNode before, JsonNode after) {
        if (!present(before) && !present(after)) {
            return true;
        }
        if (before.isArray() && after.isArray() && before.isEmpty() && after.isEmpty()) {
            return true;
        }
        return Objects.equals(before, after);
    }

    private static boolean present(JsonNode value) {
        return value != null
                && !value.isMissingNode()
                && !value.isNull()
                && !(value.isString() && value.asString().isBlank());
    }

    private static String schema(JsonNode schema) {
        return present(schema) ? GuideJson.pretty(schema) : "";
    }

    private static List<String> strings(JsonNode list) {
        return list.isArray() ? list.valueStream().map(GuideDiff::text).toList() : List.of();
    }

    private static String text(JsonNode value) {
        return value == null || value.isMissingNode() || value.isNull() ? "" : value.asString();
    }

    private static Map<String, String> entries() {
        var entries = new LinkedHashMap<String, String>();
        entries.put("materials", "id");
        entries.put("steps", "order");
        entries.put("fees", "name");
        entries.put("windows", "name");
        entries.put("faq", "question");
        return Map.copyOf(entries);
    }
}
