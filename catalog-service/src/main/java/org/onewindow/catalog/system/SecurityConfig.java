package org.onewindow.catalog.system;

import jakarta.servlet.http.HttpServletRequest;
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
                        .requestMatchers(HttpMethod.GET, "/api/catalog/items/*/draft")
                        .hasRole(Roles.CATALOG_ADMIN)
                        .requestMatchers(SecurityConfig::adminListing)
                        .hasRole(Roles.CATALOG_ADMIN)
                        .requestMatchers(HttpMethod.GET, "/api/catalog/items", "/api/catalog/items/**")
                        .permitAll()
                        .requestMatchers("/api/catalog/changes", "/api/catalog/changes/**")
                        .hasAnyRole(Roles.PROVINCIAL_PLATFORM, Roles.CATALOG_ADMIN)
                        .requestMatchers("/api/catalog/**")
                        .hasRole(Roles.CATALOG_ADMIN)
                        .anyRequest()
                        .denyAll())
                .build();
    }

    /** The list of every item, drafts and retired ones too: the search's path with {@code status}. */
    static boolean adminListing(HttpServletRequest request) {
        return HttpMethod.GET.matches(request.getMethod())
                && "/api/catalog/items".equals(request.getRequestURI())
                && request.getParameter("status") != null;
    }
}
