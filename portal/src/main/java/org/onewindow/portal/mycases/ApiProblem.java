package org.onewindow.portal.mycases;

import java.util.List;

/**
 * An RFC 9457 problem as the services write it: a stable {@code type}
 * ({@code urn:onewindow:problem:<slug>}), a {@code detail} for developers (English, never shown),
 * and for bad input every problem at once in {@code errors}.
 */
record ApiProblem(String type, String title, Integer status, String detail, List<FieldProblem> errors) {

    static final ApiProblem NONE = new ApiProblem(null, null, null, null, List.of());

    ApiProblem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** The slug of the type: {@code validation}, {@code conflict}, {@code file-type-not-accepted}... */
    String slug() {
        if (type == null) {
            return "";
        }
        return type.substring(type.lastIndexOf(':') + 1);
    }

    /**
     * One field's problem.
     *
     * @param field the field's path ({@code level}, {@code file}, {@code materials.business-license})
     * @param code stable: {@code required}, {@code size}, {@code MATERIAL_MISSING}...
     * @param message the service's words: English, or Chinese for pre-review problems
     */
    record FieldProblem(String field, String code, String message) {}
}
