package org.onewindow.portal.system;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The session cookie, the same in every environment (Boot would take its attributes from the
 * servlet container, which a MockMvc test does not have): HttpOnly and SameSite=Lax always;
 * Secure always when {@code server.servlet.session.cookie.secure} is on (SESSION_COOKIE_SECURE, a
 * deployment), and otherwise whenever the browser's request came over HTTPS (X-Forwarded-Proto).
 */
@Configuration(proxyBeanMethods = false)
class SessionCookie {

    @Bean
    CookieSerializer sessionCookieSerializer(
            @Value("${server.servlet.session.cookie.name:SESSION}") String name,
            @Value("${server.servlet.session.cookie.secure:false}") boolean secure) {
        var cookie = new DefaultCookieSerializer();
        cookie.setCookieName(name);
        cookie.setCookiePath("/");
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite("Lax");
        if (secure) {
            cookie.setUseSecureCookie(true);
        }
        return cookie;
    }
}
