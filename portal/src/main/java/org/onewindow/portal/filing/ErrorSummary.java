package org.onewindow.portal.filing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything to fix on a page, at once: the summary at its top (each entry a link to the field or
 * material, or plain text when it is about the whole application), and the same words beside each
 * field or material. Notices (what may follow after acceptance, 容缺) are shown beside, not summed up.
 */
record ErrorSummary(List<Entry> entries, Map<String, String> messages, Map<String, String> notices) {

    ErrorSummary {
        entries = List.copyOf(entries);
        messages = Map.copyOf(messages);
        notices = Map.copyOf(notices);
    }

    /** {@code href} is "#field-..." or "#material-...", or null for the whole application. */
    record Entry(String href, String text) {}

    static ErrorSummary none() {
        return new ErrorSummary(List.of(), Map.of(), Map.of());
    }

    public boolean hasErrors() {
        return !entries.isEmpty();
    }

    /** The words beside the field or material of this id, or null. */
    public String messageFor(String anchor) {
        return messages.get(anchor);
    }

    public String noticeFor(String anchor) {
        return notices.get(anchor);
    }

    static final class Builder {

        private final Set<Entry> entries = new LinkedHashSet<>();
        private final Map<String, List<String>> messages = new LinkedHashMap<>();
        private final Map<String, List<String>> notices = new LinkedHashMap<>();

        Builder problem(String anchor, String text) {
            if (entries.add(new Entry(anchor == null ? null : "#" + anchor, text)) && anchor != null) {
                messages.computeIfAbsent(anchor, key -> new ArrayList<>()).add(text);
            }
            return this;
        }

        Builder notice(String anchor, String text) {
            if (anchor != null) {
                var said = notices.computeIfAbsent(anchor, key -> new ArrayList<>());
                if (!said.contains(text)) {
                    said.add(text);
                }
            }
            return this;
        }

        ErrorSummary build() {
            return new ErrorSummary(List.copyOf(entries), joined(messages), joined(notices));
        }

        private static Map<String, String> joined(Map<String, List<String>> texts) {
            var joined = new LinkedHashMap<String, String>();
            texts.forEach((anchor, said) -> joined.put(anchor, String.join(" ", said)));
            return joined;
        }
    }
}
