package org.onewindow.portal.publicapi;

import java.util.Optional;

/**
 * What the public API answered, for the statuses a page has words for: the body of a 2xx, or the
 * problem of a 400, 404, 409, 422 or 429. Anything else never gets here ({@link PublicApi}).
 */
public record Answer<T>(int status, T body, ApiProblem problem) {

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    /** Unknown, or (for a lookup by code) a wrong code: the API answers both alike on purpose. */
    public boolean notFound() {
        return status == 404;
    }

    /** Too many tries: the application's guess throttle, or the gateway's rate limit. */
    public boolean tooMany() {
        return status == 429;
    }

    /** The input was refused; {@link #problem()} names every field. */
    public boolean refused() {
        return status == 400 || status == 422;
    }

    public boolean conflict() {
        return status == 409;
    }

    /** The body when the answer was 2xx, empty when the thing is not there. */
    public Optional<T> found() {
        return ok() ? Optional.ofNullable(body) : Optional.empty();
    }
}
