package org.onewindow.portal.casework;

import java.util.LinkedHashMap;
import java.util.Map;
import org.onewindow.portal.publicapi.ErrorSummary;

/**
 * What to fix in one of the case page's forms: each problem beside its field (by the field's id)
 * and all of them in the summary at the top, linking there. The first problem of a field stands.
 */
public final class Problems {

    private final Map<String, String> byField = new LinkedHashMap<>();

    Problems add(String fieldId, String message) {
        byField.putIfAbsent(fieldId, message);
        return this;
    }

    boolean any() {
        return !byField.isEmpty();
    }

    /** The words beside the field of this id, or null. */
    public String of(String fieldId) {
        return byField.get(fieldId);
    }

    public ErrorSummary summary() {
        return new ErrorSummary(byField.entrySet().stream()
                .map(entry -> new ErrorSummary.Entry("#" + entry.getKey(), entry.getValue()))
                .toList());
    }
}
