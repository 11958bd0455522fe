package org.onewindow.platform.web;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** The one way OneWindow builds problem details, so every service answers alike. */
public final class Problems {

    public static final String TYPE_PREFIX = "urn:onewindow:problem:";

    private Problems() {}

    public static URI type(String slug) {
        return URI.create(TYPE_PREFIX + slug);
    }

    public static ProblemDetail of(HttpStatusCode status, String slug, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type(slug));
        return problem;
    }

    public static ProblemDetail withErrors(ProblemDetail problem, List<FieldProblem> errors) {
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    /** The slug for a status when nothing more specific is known. */
    public static String slugFor(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "bad-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            case 422 -> "unprocessable";
            case 429 -> "too-many-requests";
            case 503 -> "service-unavailable";
            default -> status.is5xxServerError() ? "internal-error" : "error-" + status.value();
        };
    }
}
