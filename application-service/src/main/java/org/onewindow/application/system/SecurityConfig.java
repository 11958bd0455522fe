package org.onewindow.application.system;

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
                        // a counter or provincial applicant with the receipt's case number and query code
                        .requestMatchers("/api/applications/progress/**")
                        .permitAll()
                        // the log of pushes to the province and resending a parked one: operators only
                        .requestMatchers("/api/applications/provincial/**")
                        .hasRole(Roles.SUPERVISOR)
                        .requestMatchers(HttpMethod.POST, "/api/applications")
                        .hasAnyRole(Roles.APPLICANT, Roles.CLERK, Roles.PROVINCIAL_PLATFORM)
                        .requestMatchers(HttpMethod.GET, "/api/applications", "/api/applications/**")
                        .hasAnyRole(
                                Roles.APPLICANT,
                                Roles.CLERK,
                                Roles.PROVINCIAL_PLATFORM,
                                Roles.REVIEWER,
                                Roles.APPROVER,
                                Roles.SUPERVISOR)
                        .requestMatchers("/api/applications/**")
                        .hasAnyRole(Roles.APPLICANT, Roles.CLERK, Roles.PROVINCIAL_PLATFORM)
                        .anyRequest()
                        .denyAll())
                .build();
    }
}
