package org.onewindow.platform.security;

import java.time.Clock;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;

/**
 * The resource-server setup every service shares: stateless, bearer tokens from the Keycloak
 * realm (issuer and audience checked by the decoder), realm roles as {@code ROLE_*}, problem
 * details for 401/403. A service adds only its own path rules.
 */
public final class PlatformSecurity {

    /** Health, metrics and API docs: read by the local stack, Prometheus and the gateway. */
    public static final String[] OPERATIONAL_PATHS = {
        "/actuator/health",
        "/actuator/health/**",
        "/actuator/info",
        "/actuator/prometheus",
        "/v3/api-docs",
        "/v3/api-docs/**",
        "/error"
    };

    private final ProblemSecurityHandlers handlers;
    private final JwtDecoder decoder;

    /**
     * @param decoder the realm's token verifier (issuer, audience, signature), asked once per token
     *     until it expires; none where a test signs callers in by other means
     */
    public PlatformSecurity(ProblemSecurityHandlers handlers, JwtDecoder decoder) {
        this.handlers = handlers;
        this.decoder = decoder == null ? null : new VerifiedTokens(decoder, Clock.systemUTC());
    }

    public static JwtAuthenticationConverter jwtAuthenticationConverter() {
        var converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(new RealmRolesConverter());
        return converter;
    }

    public HttpSecurity apply(HttpSecurity http) {
        return http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .oauth2ResourceServer(server -> server.jwt(jwt -> {
                            if (decoder != null) {
                                jwt.decoder(decoder);
                            }
                            jwt.jwtAuthenticationConverter(jwtAuthenticationConverter());
                        })
                        .authenticationEntryPoint(handlers)
                        .accessDeniedHandler(handlers))
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(handlers).accessDeniedHandler(handlers));
    }
}
