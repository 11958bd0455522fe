package org.onewindow.catalog.item;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Which guide elements differ between two definitions: what the change log records. */
final class Changes {

    private Changes() {}

    static List<String> between(ItemDefinition before, ItemDefinition after, JsonMapper json) {
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
