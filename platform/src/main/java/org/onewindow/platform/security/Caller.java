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
 * division (行政区划代码) it serves. An applicant's token also carries her verified identity (实名):
 * citizen identity number, mobile number and full name, from the identity provider's user
 * attributes; each is empty when the token does not carry it.
 */
public record Caller(
        String subject,
        String username,
        Set<String> roles,
        Optional<String> department,
        Optional<String> region,
        Optional<String> idNumber,
        Optional<String> phone,
        Optional<String> name) {

    public static final String DEPARTMENT_CLAIM = "department";
    public static final String REGION_CLAIM = "region";
    public static final String ID_NUMBER_CLAIM = "id_number";
    public static final String PHONE_CLAIM = "phone";
    public static final String NAME_CLAIM = "name";

    /** A caller without identity claims: staff, platforms, and tests that need none. */
    public Caller(
            String subject, String username, Set<String> roles, Optional<String> department, Optional<String> region) {
        this(subject, username, roles, department, region, Optional.empty(), Optional.empty(), Optional.empty());
    }

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
                    Optional.ofNullable(jwt.getClaimAsString(REGION_CLAIM)),
                    claim(jwt.getClaimAsString(ID_NUMBER_CLAIM)),
                    claim(jwt.getClaimAsString(PHONE_CLAIM)),
                    claim(jwt.getClaimAsString(NAME_CLAIM)));
        }
        return new Caller(
                authentication.getName(), authentication.getName(), roles, Optional.empty(), Optional.empty());
    }

    // an attribute left empty in the identity provider is no identity
    private static Optional<String> claim(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
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
