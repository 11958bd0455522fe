package org.onewindow.portal.filing;

import java.util.List;

/**
 * An API refusal (RFC 9457 problem+json): its status, its type ({@code urn:onewindow:problem:<slug>}),
 * its detail, and for bad input {@code errors}, every problem at once.
 */
record ApiProblem(String type, Integer status, String detail, List<FieldError> errors) {

    private static final String TYPE_PREFIX = "urn:onewindow:problem:";

    ApiProblem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    static ApiProblem of(int status) {
        return new ApiProblem(null, status, null, List.of());
    }

    ApiProblem withStatus(int actual) {
        return new ApiProblem(type, actual, detail, errors);
    }

    /** "pre-review-failed", "no-verified-identity"...; empty when the type is not OneWindow's. */
    String slug() {
        return type != null && type.startsWith(TYPE_PREFIX) ? type.substring(TYPE_PREFIX.length()) : "";
    }

    List<Issue> issues() {
        return errors.stream()
                .map(error -> Issue.fromApi(error.field(), error.code(), error.message()))
                .toList();
    }

    record FieldError(String field, String code, String message) {}
}
