package org.onewindow.catalog.system;

import jakarta.servlet.http.HttpServletRequest;
import org.onewindow.catalog.resource.SharingReaders;
import org.onewindow.platform.security.PlatformSecurity;
import org.onewindow.platform.security.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

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
                        .requestMatchers(SecurityConfig::sharingDirectory)
                        .hasAnyRole(SharingReaders.ROLES)
                        .requestMatchers(HttpMethod.GET, "/api/catalog/resources", "/api/catalog/resources/**")
                        .permitAll()
                        .requestMatchers("/api/catalog/changes", "/api/catalog/changes/**")
                        .hasAnyRole(Roles.PROVINCIAL_PLATFORM, Roles.CATALOG_ADMIN)
                        .requestMatchers("/api/catalog/**")
                        .hasRole(Roles.CATALOG_ADMIN)
                        .anyRequest()
                        .denyAll())
                .build();
    }

    /**
     * The list of every item, drafts and retired ones too: the search's path with {@code status}.
     * The path is matched as the controllers match it (decoded, normalised), never as the raw
     * request URI: {@code /api/catalog/%69tems?status=} is the same listing and must be refused
     * alike.
     */
    private static final RequestMatcher SEARCH_PATH =
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/api/catalog/items");

    static boolean adminListing(HttpServletRequest request) {
        return request.getParameter("status") != null && SEARCH_PATH.matches(request);
    }

    private static final RequestMatcher RESOURCES_PATH =
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/api/catalog/resources");

    /** The sharing directory, resources not open to the public too: any view but the open one. */
    static boolean sharingDirectory(HttpServletRequest request) {
        var view = request.getParameter("view");
        return view != null && !view.equals("open") && RESOURCES_PATH.matches(request);
    }
}
