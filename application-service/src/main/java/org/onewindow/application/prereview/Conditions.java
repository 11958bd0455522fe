package org.onewindow.application.prereview;

import org.onewindow.contracts.catalog.ItemGuide;
import tools.jackson.databind.JsonNode;

/** Whether a conditional material's condition holds for the form as filled in. */
final class Conditions {

    private Conditions() {}

    static boolean holds(ItemGuide.Condition condition, JsonNode form) {
        var value = form == null ? null : form.get(condition.field());
        boolean present = value != null
                && !value.isNull()
                && !(value.isString() && value.asString().isBlank());
        return switch (condition.operator()) {
            case "PRESENT" -> present;
            case "EQUALS" -> present && same(value, condition.value());
            case "NOT_EQUALS" -> present && !same(value, condition.value());
            case "IN" ->
                present
                        && condition.value() != null
                        && condition.value().isArray()
                        && condition.value().valueStream().anyMatch(candidate -> same(value, candidate));
            default -> false;
        };
    }

    private static boolean same(JsonNode a, JsonNode b) {
        if (a == null || b == null) {
            return false;
        }
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }
}
