package org.onewindow.platform.operations;

import java.util.List;
import org.onewindow.platform.security.Caller;
import org.onewindow.platform.security.Roles;
import org.onewindow.platform.web.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The operators' endpoints check their caller themselves: they sit in every service, under paths
 * each service's own security rules were written without, and must stay closed whatever those say.
 */
final class Supervisors {

    private Supervisors() {}

    /** The calling supervisor; 401 without a token, 403 for any other role. */
    static Caller require() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            throw new ProblemException(
                    HttpStatus.UNAUTHORIZED, "unauthorized", "a valid bearer token is required", List.of());
        }
        var caller = Caller.from(authentication);
        if (!caller.hasRole(Roles.SUPERVISOR)) {
            throw new ProblemException(
                    HttpStatus.FORBIDDEN, "forbidden", "only a supervisor may see or resend these events", List.of());
        }
        return caller;
    }
}
