package org.onewindow.portal.applications;

import java.util.List;

/**
 * An API refusal (RFC 9457 problem+json) as the services write it: its status, a stable type
 * ({@code urn:onewindow:problem:<slug>}), a {@code detail} for developers (English, never shown),
 * and for bad input {@code errors}, every problem at once.
 */
public record ApiProblem(String type, Integer status, String detail, List<FieldError> errors) {

    private static final String TYPE_PREFIX = "urn:onewindow:problem:";

    public ApiProblem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** A refusal without a readable problem (a proxy's page): the status alone still says what happened. */
    static ApiProblem of(int status) {
        return new ApiProblem(null, status, null, List.of());
    }

    /** The status the answer really had, whatever its body claims. */
    ApiProblem withStatus(int actual) {
        return new ApiProblem(type, actual, detail, errors);
    }

    /** "validation", "pre-review-failed", "file-type-not-accepted"...; empty when the type is not OneWindow's. */
    public String slug() {
        return type != null && type.startsWith(TYPE_PREFIX) ? type.substring(TYPE_PREFIX.length()) : "";
    }

    /**
     * One field's problem.
     *
     * @param field the field's path ({@code level}, {@code file}, {@code materials.business-license})
     * @param code stable: {@code required}, {@code size}, {@code MATERIAL_MISSING}...
     * @param message the service's words: English, or Chinese for pre-review problems
     */
    public record FieldError(String field, String code, String message) {}
}
