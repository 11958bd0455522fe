package org.onewindow.portal.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Sends a person who must sign in to Keycloak. A page request gets a plain redirect; an htmx
 * request gets {@code HX-Redirect}, so that the whole page goes to the sign-in page rather than
 * htmx swapping Keycloak's login form into a fragment.
 */
class SignInEntryPoint implements AuthenticationEntryPoint {

    /** Spring Security's start of the authorization code flow for the Keycloak registration. */
    static final String SIGN_IN = "/oauth2/authorization/" + KeycloakClients.REGISTRATION_ID;

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException reason)
            throws IOException {
        var signIn = request.getContextPath() + SIGN_IN;
        if ("true".equals(request.getHeader("HX-Request"))) {
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            response.setHeader("HX-Redirect", signIn);
            return;
        }
        response.sendRedirect(response.encodeRedirectURL(signIn));
    }
}
