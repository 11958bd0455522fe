package org.onewindow.portal.system;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.stereotype.Component;

/**
 * A staff member's realm roles, from the ID token's {@code roles} claim (the portal client's
 * "realm roles" mapper), as {@code ROLE_clerk}, {@code ROLE_reviewer}... They decide which screens
 * and buttons the portal offers; the API still decides what may be done, on the access token.
 * oauth2Login picks this bean up by its type.
 */
@Component
class StaffRoles implements GrantedAuthoritiesMapper {

    static final String CLAIM = "roles";

    @Override
    public Set<GrantedAuthority> mapAuthorities(java.util.Collection<? extends GrantedAuthority> authorities) {
        var mapped = new HashSet<GrantedAuthority>(authorities);
        for (var authority : authorities) {
            if (authority instanceof OidcUserAuthority oidc) {
                List<String> roles = oidc.getIdToken().getClaimAsStringList(CLAIM);
                if (roles != null) {
                    roles.stream()
                            .filter(Staff.ROLES::contains)
                            .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                            .forEach(mapped::add);
                }
            }
        }
        return mapped;
    }
}
