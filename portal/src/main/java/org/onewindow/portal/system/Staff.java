package org.onewindow.portal.system;

import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * The signed-in staff member, for templates ({@code ${@staff.is('clerk')}}) and controllers: her
 * roles and her department, as the ID token names them. A screen shows only what her role may do;
 * the API refuses the rest anyway.
 */
@Component("staff")
public class Staff {

    public static final String CLERK = "clerk";
    public static final String REVIEWER = "reviewer";
    public static final String APPROVER = "approver";
    public static final String CATALOG_ADMIN = "catalog-admin";
    public static final String SUPERVISOR = "supervisor";

    /** Every role that has a workbench; an applicant has none. */
    public static final Set<String> ROLES = Set.of(CLERK, REVIEWER, APPROVER, CATALOG_ADMIN, SUPERVISOR);

    /** Whether the signed-in person holds this role. */
    public boolean is(String role) {
        var authentication = authentication();
        return authentication != null
                && authentication.getAuthorities().stream()
                        .anyMatch(authority -> ("ROLE_" + role).equals(authority.getAuthority()));
    }

    /** Whether she holds any staff role, so has a workbench. */
    public boolean any() {
        return ROLES.stream().anyMatch(this::is);
    }

    /** Her department code (service-hall, publishing, bureau...), or null. */
    public String department() {
        var authentication = authentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof OidcUser user)) {
            return null;
        }
        return user.getClaimAsString("department");
    }

    private static Authentication authentication() {
        return SecurityContextHolder.getContext().getAuthentication();
    }
}
