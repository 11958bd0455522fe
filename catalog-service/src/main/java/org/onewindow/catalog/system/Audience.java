package org.onewindow.catalog.system;

import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who a catalog read is for. Confidential items (涉密事项) are never shown to the public; staff
 * signed in with a bureau role, and the provincial platform that synchronises the whole catalog,
 * still read them. An applicant's token is the public's.
 */
public enum Audience {
    PUBLIC,
    STAFF;

    private static final Set<String> STAFF_ROLES = Set.of(
            "ROLE_catalog-admin",
            "ROLE_clerk",
            "ROLE_reviewer",
            "ROLE_approver",
            "ROLE_supervisor",
            "ROLE_provincial-platform");

    public static Audience of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return PUBLIC;
        }
        return authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch(STAFF_ROLES::contains)
                ? STAFF
                : PUBLIC;
    }

    /** The audience of the request being served. */
    public static Audience current() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    public boolean seesConfidential() {
        return this == STAFF;
    }
}
