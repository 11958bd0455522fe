package org.onewindow.catalog.resource;

import java.util.Set;
import org.onewindow.platform.security.Roles;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who reads the whole sharing directory (资源共享目录), resources not open to the public too: the
 * bureau's staff and the other departments' sharing clients. Everyone else reads the open ones.
 */
public final class SharingReaders {

    /** The roles, as Spring Security's {@code hasAnyRole} takes them. */
    public static final String[] ROLES = {
        Roles.CATALOG_ADMIN,
        Roles.CLERK,
        Roles.REVIEWER,
        Roles.APPROVER,
        Roles.SUPERVISOR,
        Roles.PROVINCIAL_PLATFORM,
        Roles.SHARING_CLIENT
    };

    private static final Set<String> AUTHORITIES =
            Set.of(java.util.Arrays.stream(ROLES).map(role -> "ROLE_" + role).toArray(String[]::new));

    private SharingReaders() {}

    static boolean current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.isAuthenticated()
                && authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch(AUTHORITIES::contains);
    }
}
