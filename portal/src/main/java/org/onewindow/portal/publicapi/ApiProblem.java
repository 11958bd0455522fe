package org.onewindow.portal.publicapi;

import java.util.List;

/**
 * A service's refusal as RFC 9457 problem detail, the services' one style: a stable {@code type}
 * ({@code urn:onewindow:problem:validation}), the status, and for bad input every problem at once.
 */
public record ApiProblem(String type, String title, Integer status, String detail, List<FieldProblem> errors) {

    public ApiProblem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    static ApiProblem ofStatus(int status) {
        return new ApiProblem(null, null, status, null, List.of());
    }

    /**
     * @param field the request field's path ({@code contact.phone}), or null for the whole request
     * @param code a stable code ({@code required}, {@code size}, {@code pattern}, {@code after-to})
     */
    public record FieldProblem(String field, String code, String message) {}
}
