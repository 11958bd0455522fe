package org.onewindow.review.sharing;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * What the realm grants a sharing client, as its token says: the directory resources under
 * conditional sharing it may read ({@code sharing_resources}), a space-separated list of resource
 * codes, as OAuth scopes are written; and the purposes it may state ({@code sharing_purposes}),
 * purpose codes written the same way. No grant unmasks identity numbers: review keeps only masked ones. A token without them is granted nothing beyond unconditional sharing, for
 * no stated purpose.
 *
 * @param client the client id ({@code azp}): who the log names
 */
record SharingGrant(String client, Set<String> resources, Set<String> purposes) {

    static final String RESOURCES_CLAIM = "sharing_resources";
    static final String PURPOSES_CLAIM = "sharing_purposes";

    static SharingGrant of(Authentication authentication) {
        if (authentication instanceof JwtAuthenticationToken token) {
            var jwt = token.getToken();
            var client = jwt.getClaimAsString("azp");
            return new SharingGrant(
                    client == null ? authentication.getName() : client,
                    codes(jwt.getClaimAsString(RESOURCES_CLAIM)),
                    codes(jwt.getClaimAsString(PURPOSES_CLAIM)));
        }
        return new SharingGrant(authentication.getName(), Set.of(), Set.of());
    }

    private static Set<String> codes(String claim) {
        if (claim == null) {
            return Set.of();
        }
        return Arrays.stream(claim.strip().split("\\s+"))
                .filter(code -> !code.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
