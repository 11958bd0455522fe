package org.onewindow.portal.system;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the people sign in: one Keycloak realm and the portal's public client. Every endpoint is
 * derived from these, so nothing is discovered at startup.
 *
 * @param uri where the browser reaches Keycloak (sign-in and sign-out pages)
 * @param internalUri where the portal itself calls Keycloak (tokens, signing keys); empty means {@code uri}
 * @param realm the realm
 * @param clientId the public client (PKCE S256)
 * @param issuer the tokens' {@code iss}; blank means {@code {uri}/realms/{realm}}
 */
@ConfigurationProperties("onewindow.keycloak")
record KeycloakProperties(URI uri, URI internalUri, String realm, String clientId, String issuer) {

    String issuerUri() {
        return issuer == null || issuer.isBlank() ? realmPath(uri) : issuer;
    }

    /** A page the browser is sent to: {@code auth}, {@code logout}. */
    String browserEndpoint(String name) {
        return realmPath(uri) + "/protocol/openid-connect/" + name;
    }

    /** An endpoint the portal calls itself: {@code token}, {@code certs}. */
    String internalEndpoint(String name) {
        var base = internalUri == null || internalUri.toString().isBlank() ? uri : internalUri;
        return realmPath(base) + "/protocol/openid-connect/" + name;
    }

    private String realmPath(URI base) {
        var text = base.toString();
        return (text.endsWith("/") ? text.substring(0, text.length() - 1) : text) + "/realms/" + realm;
    }
}
