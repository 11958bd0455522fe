package org.onewindow.platform.web;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A failure that has a clear answer for the client: becomes an RFC 9457 problem detail with a
 * stable type ({@code urn:onewindow:problem:<slug>}) and, for validation, every problem at once.
 */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String slug;
    private final List<FieldProblem> errors;

    public ProblemException(HttpStatus status, String slug, String detail, List<FieldProblem> errors) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException validation(List<FieldProblem> errors) {
        return new ProblemException(
                HttpStatus.BAD_REQUEST, "validation", errors.size() + " problem(s) with the request", errors);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(HttpStatus.NOT_FOUND, "not-found", detail, List.of());
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(HttpStatus.CONFLICT, "conflict", detail, List.of());
    }

    public HttpStatus status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public List<FieldProblem> errors() {
        return errors;
    }
}
