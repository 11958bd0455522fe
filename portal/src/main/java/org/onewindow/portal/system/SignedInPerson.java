package org.onewindow.portal.system;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Who is signed in, for the page header ({@code ${@person.name()}}): her name from the ID token's
 * {@code name} claim, nothing else. The identity number and phone stay in the access token, for
 * the API; the portal never shows them.
 */
@Component("person")
public class SignedInPerson {

    /** Whether someone is signed in. */
    public boolean signedIn() {
        return SecurityContextHolder.getContext().getAuthentication() != null
                && SecurityContextHolder.getContext().getAuthentication().getPrincipal() instanceof OidcUser;
    }

    /** The signed-in person's name, or null when nobody is signed in or the name is missing. */
    public String name() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof OidcUser user)) {
            return null;
        }
        var name = user.getFullName();
        return name == null || name.isBlank() ? null : name;
    }
}
