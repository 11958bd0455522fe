package org.onewindow.catalog.changefeed;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Which top-level fields differ between two definitions (an item's, a resource's): what a change log records. */
public final class Changes {

    private Changes() {}

    public static List<String> between(Object before, Object after, JsonMapper json) {
        if (before == null) {
            return List.of();
        }
        JsonNode old = json.valueToTree(before);
        JsonNode now = json.valueToTree(after);
        var changed = new ArrayList<String>();
        for (var field : now.propertyNames()) {
            if (!now.get(field).equals(old.get(field))) {
                changed.add(field);
            }
        }
        return changed;
    }
}
