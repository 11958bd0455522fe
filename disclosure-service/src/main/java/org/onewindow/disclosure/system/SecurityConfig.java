package org.onewindow.disclosure.system;

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
                                HttpMethod.POST,
                                "/api/disclosure/complaints/*/answer",
                                "/api/disclosure/notices",
                                "/api/disclosure/evaluations/*/call-back",
                                "/api/disclosure/evaluations/*/rectification")
                        .hasRole(Roles.SUPERVISOR)
                        // the worklist of complaints, with the complainants' contacts
                        .requestMatchers(HttpMethod.GET, "/api/disclosure/complaints")
                        .hasRole(Roles.SUPERVISOR)
                        .requestMatchers(HttpMethod.POST, "/api/disclosure/complaints")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/disclosure/**")
                        .permitAll()
                        .anyRequest()
                        .denyAll())
                .build();
    }
}
