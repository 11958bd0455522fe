package org.onewindow.portal.system;

import java.net.URI;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Public pages for everyone, without a session; a person's own cases and online filing after
 * signing in at Keycloak (authorization code with PKCE, tokens kept in the server-side session);
 * CSRF protection on every form; the browser-side headers.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    /**
     * Scripts and styles only from our own origin: no inline script, no inline style, no eval.
     * {@code data:} images are Bootstrap's own icons inside its CSS (select arrows, checkboxes).
     * Forms post to our own origin, and to Keycloak's: browsers apply form-action to the redirects
     * that follow a post too, and signing out is a post whose answer sends the browser on to
     * Keycloak's end-session page. Without it the portal's session ends but Keycloak's stays, the
     * page does not move, and the next "sign in" signs the same person in again.
     */
    static String contentSecurityPolicy(URI keycloak) {
        var keycloakOrigin = keycloak.getScheme() + "://" + keycloak.getRawAuthority();
        return String.join(
                "; ",
                "default-src 'self'",
                "script-src 'self'",
                "style-src 'self'",
                "img-src 'self' data:",
                "font-src 'self'",
                "connect-src 'self'",
                "form-action 'self' " + keycloakOrigin,
                "base-uri 'self'",
                "object-src 'none'",
                "frame-ancestors 'none'");
    }

    /** A case's file as the workbench previews it (casework.MaterialController). */
    static final RequestMatcher MATERIAL_PREVIEWS =
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/workbench/cases/*/materials/*");

    @Bean
    SecurityFilterChain portal(
            HttpSecurity http,
            ClientRegistrationRepository registrations,
            RestClientAuthorizationCodeTokenResponseClient codeExchange,
            ReturnAfterSignIn returnAfterSignIn,
            DeploymentSecurity deployment,
            KeycloakProperties keycloak)
            throws Exception {
        // the CSRF token lives in its own HttpOnly cookie, not in a session: an anonymous visitor
        // who only reads pages gets no server-side session (sessions begin with signing in)
        var csrfTokens = new CookieCsrfTokenRepository();
        csrfTokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        // signing out ends the Keycloak session too (RP-initiated logout), then home
        var signOut = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        signOut.setPostLogoutRedirectUri("{baseUrl}/");
        // the workbench by role, as the screens are cut: each screen also offers only its role's
        // actions, and the API refuses the rest whatever the portal shows
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/workbench/counter/**")
                        .hasRole(Staff.CLERK)
                        .requestMatchers("/workbench/catalog/**")
                        .hasRole(Staff.CATALOG_ADMIN)
                        .requestMatchers("/workbench/supervision/**")
                        .hasRole(Staff.SUPERVISOR)
                        .requestMatchers("/workbench", "/workbench/**")
                        .hasAnyRole(Staff.ROLES.toArray(String[]::new))
                        .requestMatchers(ProtectedPages.MATCHER)
                        .authenticated()
                        .anyRequest()
                        .permitAll())
                .oauth2Login(login -> login.loginPage(SignInEntryPoint.SIGN_IN)
                        .tokenEndpoint(token -> token.accessTokenResponseClient(codeExchange))
                        .failureUrl("/sign-in/failed"))
                .logout(logout -> logout.logoutSuccessHandler(signOut))
                // only a page that needed signing in is remembered (ExceptionTranslationFilter saves
                // nothing else), so public pages never open a session
                .requestCache(cache -> cache.requestCache(returnAfterSignIn))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(new SignInEntryPoint())
                        // a signed-in person on a page her role does not open (or a form whose
                        // CSRF token has gone stale): a calm page that says what to do
                        .accessDeniedPage(ForbiddenPage.PATH))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens))
                .headers(headers -> {
                    headers.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(keycloak.uri())))
                            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                            // nothing is framed, but a case's file in the staff's own case page (its
                            // inline PDF preview; the answer's own CSP says frame-ancestors 'self')
                            .frameOptions(frames -> frames.disable())
                            .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                    MATERIAL_PREVIEWS, new XFrameOptionsHeaderWriter(XFrameOptionsMode.SAMEORIGIN)))
                            .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                    new NegatedRequestMatcher(MATERIAL_PREVIEWS),
                                    new XFrameOptionsHeaderWriter(XFrameOptionsMode.DENY)));
                    if (deployment.hsts()) {
                        // TLS ends before the gateway may: send it on every answer, not only on
                        // requests the portal itself saw as secure
                        headers.httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000)
                                .includeSubDomains(true)
                                .requestMatcher(AnyRequestMatcher.INSTANCE));
                    } else {
                        headers.httpStrictTransportSecurity(hsts -> hsts.disable());
                    }
                });
        return http.build();
    }
}
