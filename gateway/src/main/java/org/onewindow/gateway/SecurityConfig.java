package org.onewindow.gateway;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/**
 * The gateway checks the token (signature, issuer, audience) on every API path except the public
 * reads; each service then checks roles and ownership itself. Stateless: no session per request.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    @Bean
    SecurityWebFilterChain security(ServerHttpSecurity http, ReactiveJwtDecoder tokenVerifier) {
        return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                // POST /logout is the portal's (it ends the session and signs out at Keycloak)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(cache -> cache.disable())
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .cors(cors -> {})
                .authorizeExchange(auth -> auth.pathMatchers(HttpMethod.OPTIONS, "/api/**")
                        .permitAll()
                        .pathMatchers(
                                HttpMethod.GET,
                                "/api/catalog/items",
                                "/api/catalog/items/**",
                                "/api/catalog/resources",
                                "/api/catalog/resources/**")
                        .permitAll()
                        .pathMatchers(
                                HttpMethod.GET,
                                "/api/disclosure/**",
                                "/api/review/certificates/**",
                                "/api/review/certificate-types",
                                "/api/review/certificate-types/**")
                        .permitAll()
                        .pathMatchers(HttpMethod.POST, "/api/disclosure/complaints", "/api/review/certificates/verify")
                        .permitAll()
                        .pathMatchers("/api/applications/progress/**")
                        .permitAll()
                        .pathMatchers("/api/**")
                        .authenticated()
                        .anyExchange()
                        .permitAll())
                .oauth2ResourceServer(server -> server.jwt(
                                jwt -> jwt.jwtDecoder(new VerifiedTokens(tokenVerifier, Clock.systemUTC()))
                                        .jwtAuthenticationConverter(new ReactiveJwtAuthenticationConverterAdapter(
                                                jwtAuthenticationConverter())))
                        .authenticationEntryPoint((exchange, e) -> {
                            exchange.getResponse().getHeaders().set("WWW-Authenticate", "Bearer");
                            return ProblemResponses.write(
                                    exchange,
                                    HttpStatus.UNAUTHORIZED,
                                    "unauthorized",
                                    "a valid bearer token is required");
                        })
                        .accessDeniedHandler((exchange, e) -> ProblemResponses.write(
                                exchange, HttpStatus.FORBIDDEN, "forbidden", "your role does not allow this request")))
                .build();
    }

    @Bean
    CorsConfigurationSource corsConfigurationSource(GatewayProperties properties) {
        var config = new CorsConfiguration();
        config.setAllowedOrigins(properties.frontendOrigins());
        config.setAllowedMethods(List.of("GET", "POST", "PUT", "DELETE", "OPTIONS"));
        config.setAllowedHeaders(
                List.of("Authorization", "Content-Type", "Idempotency-Key", "If-None-Match", "X-Correlation-Id"));
        config.setExposedHeaders(List.of("X-Correlation-Id", "ETag", "Location", "Retry-After"));
        config.setMaxAge(3600L);
        var source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", config);
        return source;
    }

    static JwtAuthenticationConverter jwtAuthenticationConverter() {
        Converter<Jwt, Collection<GrantedAuthority>> realmRoles = jwt -> {
            if (jwt.getClaims().get("realm_access") instanceof Map<?, ?> access
                    && access.get("roles") instanceof Collection<?> roles) {
                return roles.stream()
                        .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role))
                        .toList();
            }
            return List.of();
        };
        var converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(realmRoles);
        return converter;
    }
}
