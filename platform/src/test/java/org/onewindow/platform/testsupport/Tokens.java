package org.onewindow.platform.testsupport;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.util.List;
import java.util.Map;
import org.onewindow.platform.security.Caller;
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

    /**
     * An applicant with her verified identity, as the realm maps it from user attributes: identity
     * number ({@code id_number}), mobile number ({@code phone}) and full name ({@code name}).
     */
    public static JwtRequestPostProcessor applicant(String subject, String idNumber, String name, String phone) {
        return jwt().jwt(token -> token.subject(subject)
                        .claim("preferred_username", subject)
                        .claim(Caller.ID_NUMBER_CLAIM, idNumber)
                        .claim(Caller.NAME_CLAIM, name)
                        .claim(Caller.PHONE_CLAIM, phone)
                        .claim("realm_access", Map.of("roles", List.of("applicant"))))
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
