package org.onewindow.platform.testsupport;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.util.List;
import java.util.Map;
import org.onewindow.platform.security.RealmRolesConverter;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;

/** Tokens forged by Spring Security's test support, shaped like the Keycloak realm's. */
public final class Tokens {

    private Tokens() {}

    public static JwtRequestPostProcessor user(String subject, String role) {
        return jwt().jwt(token -> token.subject(subject)
                        .claim("preferred_username", subject)
                        .claim("realm_access", Map.of("roles", List.of(role))))
                .authorities(new RealmRolesConverter());
    }

    public static JwtRequestPostProcessor staff(String subject, String role, String department) {
        return jwt().jwt(token -> token.subject(subject)
                        .claim("preferred_username", subject)
                        .claim("department", department)
                        .claim("realm_access", Map.of("roles", List.of(role))))
                .authorities(new RealmRolesConverter());
    }

    public static JwtRequestPostProcessor role(String role) {
        return user(role, role);
    }
}
