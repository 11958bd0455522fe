package org.onewindow.gateway;

import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Everything that is not the API, an OpenAPI document, the Swagger UI or actuator is the portal's:
 * {@code http://localhost:8080/} is the citizens' portal. Written here rather than in
 * application.yml because the configuration has no "not" predicate, and a plain {@code /**} would
 * also take an unknown {@code /api/...} path (which must stay a problem+json 404) and the Swagger
 * UI's own files. Cookies pass on this route only: the portal's session is one.
 */
@Configuration(proxyBeanMethods = false)
class PortalRoute {

    @Bean
    RouteLocator portal(RouteLocatorBuilder routes, GatewayProperties properties) {
        return routes.routes()
                .route(
                        "portal",
                        route -> route.order(Ordered.LOWEST_PRECEDENCE)
                                .not(path -> path.path(
                                        "/api",
                                        "/api/**",
                                        "/v3/api-docs",
                                        "/v3/api-docs/**",
                                        "/swagger-ui.html",
                                        "/swagger-ui/**",
                                        "/webjars/swagger-ui/**",
                                        "/actuator",
                                        "/actuator/**",
                                        "/fallback/**"))
                                .filters(filters -> filters.circuitBreaker(breaker ->
                                        breaker.setName("portal").setFallbackUri("forward:/fallback/portal-page")))
                                .uri(properties.portalUri()))
                .build();
    }
}
