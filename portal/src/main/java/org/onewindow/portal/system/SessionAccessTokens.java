package org.onewindow.portal.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The signed-in person's access token from her session, refreshed at Keycloak when it has expired
 * (or will within a minute); the refreshed token goes back into the session.
 *
 * <p>A refresh Keycloak refuses means her sign-in is over: {@link SignInAgainException} sends her
 * to sign in and back. A Keycloak that does not answer is an outage, not a reason to sign in:
 * the calm unavailable page.
 */
@Component
class SessionAccessTokens implements AccessTokens {

    private static final Logger log = LoggerFactory.getLogger(SessionAccessTokens.class);

    /** What Keycloak answers when the refresh token is no longer good. */
    private static final Set<String> SIGNED_OUT =
            Set.of(OAuth2ErrorCodes.INVALID_GRANT, OAuth2ErrorCodes.INVALID_TOKEN, "client_authorization_required");

    private final OAuth2AuthorizedClientManager clients;

    SessionAccessTokens(OAuth2AuthorizedClientManager clients) {
        this.clients = clients;
    }

    @Override
    public Optional<String> current() {
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof OAuth2AuthenticationToken person)) {
            return Optional.empty();
        }
        var web = (ServletRequestAttributes) RequestContextHolder.getRequestAttributes();
        var request = OAuth2AuthorizeRequest.withClientRegistrationId(person.getAuthorizedClientRegistrationId())
                .principal(person);
        if (web != null) {
            request.attribute(HttpServletRequest.class.getName(), web.getRequest());
            if (web.getResponse() != null) {
                request.attribute(HttpServletResponse.class.getName(), web.getResponse());
            }
        }
        try {
            var client = clients.authorize(request.build());
            if (client == null) {
                throw new SignInAgainException("no tokens in the session of " + person.getName());
            }
            return Optional.of(client.getAccessToken().getTokenValue());
        } catch (OAuth2AuthorizationException e) {
            var code = e.getError().getErrorCode();
            if (SIGNED_OUT.contains(code)) {
                log.info("Keycloak refused to refresh the token of {} ({}): signing in again", person.getName(), code);
                throw new SignInAgainException("the refresh token is no longer valid", e);
            }
            throw new GatewayUnavailableException("Keycloak did not refresh the token: " + code, e);
        }
    }
}
