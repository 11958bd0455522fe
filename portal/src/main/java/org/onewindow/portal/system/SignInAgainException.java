package org.onewindow.portal.system;

import org.springframework.security.core.AuthenticationException;

/**
 * The person's sign-in is over although her session is not: Keycloak refused to refresh her
 * token (it expired, or she signed out elsewhere), or the API no longer takes it. Spring
 * Security's exception translation then sends her to sign in again and back to the same page.
 */
public class SignInAgainException extends AuthenticationException {

    public SignInAgainException(String why) {
        super(why);
    }

    public SignInAgainException(String why, Throwable cause) {
        super(why, cause);
    }
}
