package org.onewindow.platform.security;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who is calling, as the token says: the subject (stable id), the user name for display, the
 * realm roles, for staff the department claim, and for a government platform the administrative
 * division (行政区划代码) it serves.
 */
public record Caller(
        String subject, String username, Set<String> roles, Optional<String> department, Optional<String> region) {

    public static final String DEPARTMENT_CLAIM = "department";
    public static final String REGION_CLAIM = "region";

    public static Caller from(Authentication authentication) {
        var roles = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring("ROLE_".length()))
                .collect(Collectors.toUnmodifiableSet());
        if (authentication instanceof JwtAuthenticationToken token) {
            var jwt = token.getToken();
            var username = Optional.ofNullable(jwt.getClaimAsString("preferred_username"))
                    .orElse(jwt.getSubject());
            return new Caller(
                    jwt.getSubject(),
                    username,
                    roles,
                    Optional.ofNullable(jwt.getClaimAsString(DEPARTMENT_CLAIM)),
                    Optional.ofNullable(jwt.getClaimAsString(REGION_CLAIM)));
        }
        return new Caller(
                authentication.getName(), authentication.getName(), roles, Optional.empty(), Optional.empty());
    }

    /** The caller of the request being served. */
    public static Caller current() {
        var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        if (authentication == null) {
            throw new org.springframework.security.authentication.AuthenticationCredentialsNotFoundException(
                    "no caller");
        }
        return from(authentication);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
