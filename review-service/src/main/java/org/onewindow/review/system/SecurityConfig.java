package org.onewindow.review.system;

import org.onewindow.platform.security.PlatformSecurity;
import org.onewindow.platform.security.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** Who may call what, as API.md says; anything not listed is refused. */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    @Bean
    SecurityFilterChain api(HttpSecurity http, PlatformSecurity platform) throws Exception {
        return platform.apply(http)
                .authorizeHttpRequests(auth -> auth.requestMatchers(PlatformSecurity.OPERATIONAL_PATHS)
                        .permitAll()
                        .requestMatchers(
                                HttpMethod.GET,
                                "/api/review/certificates/**",
                                "/api/review/certificate-types",
                                "/api/review/certificate-types/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/sharing/access-log")
                        .hasRole(Roles.SUPERVISOR)
                        .requestMatchers(HttpMethod.GET, "/api/sharing/**")
                        .hasRole(Roles.SHARING_CLIENT)
                        .requestMatchers(HttpMethod.POST, "/api/review/certificates/verify")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/review/certificates/*/revoke")
                        .hasAnyRole(Roles.APPROVER, Roles.SUPERVISOR)
                        .requestMatchers("/api/review/calendar/**", "/api/review/supervision/**")
                        .hasRole(Roles.SUPERVISOR)
                        .requestMatchers(
                                "/api/review/cases/*/accept",
                                "/api/review/cases/*/not-accept",
                                "/api/review/cases/*/request-supplement")
                        .hasRole(Roles.CLERK)
                        .requestMatchers("/api/review/cases/*/opinions")
                        .hasRole(Roles.REVIEWER)
                        .requestMatchers("/api/review/cases/*/decision", "/api/review/cases/*/extension")
                        .hasRole(Roles.APPROVER)
                        .requestMatchers(
                                "/api/review/cases/*/special-procedure", "/api/review/cases/*/special-procedure/end")
                        .hasAnyRole(Roles.REVIEWER, Roles.APPROVER)
                        .requestMatchers("/api/review/tasks")
                        .hasAnyRole(Roles.CLERK, Roles.REVIEWER, Roles.APPROVER)
                        .requestMatchers(HttpMethod.GET, "/api/review/cases/**")
                        .hasAnyRole(Roles.CLERK, Roles.REVIEWER, Roles.APPROVER, Roles.SUPERVISOR)
                        .anyRequest()
                        .denyAll())
                .build();
    }
}
