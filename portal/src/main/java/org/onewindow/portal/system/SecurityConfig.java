package org.onewindow.portal.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Every page is public in this slice (login comes with the next one); what security gives now is
 * CSRF protection on every form and the browser-side headers.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    /**
     * Scripts and styles only from our own origin: no inline script, no inline style, no eval.
     * {@code data:} images are Bootstrap's own icons inside its CSS (select arrows, checkboxes).
     */
    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "form-action 'self'",
            "base-uri 'self'",
            "object-src 'none'",
            "frame-ancestors 'none'");

    @Bean
    SecurityFilterChain portal(HttpSecurity http) throws Exception {
        // the CSRF token lives in its own HttpOnly cookie, not in a session: an anonymous visitor
        // who only reads pages gets no server-side session (sessions arrive with login)
        var csrfTokens = new CookieCsrfTokenRepository();
        csrfTokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens))
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frames -> frames.deny()));
        return http.build();
    }
}
