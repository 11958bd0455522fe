package org.onewindow.portal.system;

import java.util.Optional;

/**
 * The signed-in person's access token for the gateway, refreshed on the server when it has
 * expired. The token never reaches the browser: it lives in the server-side session.
 */
public interface AccessTokens {

    /** The current person's valid access token, or empty when nobody is signed in. */
    Optional<String> current();
}
