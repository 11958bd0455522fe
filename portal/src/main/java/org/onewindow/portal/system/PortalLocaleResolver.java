package org.onewindow.portal.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.TimeZone;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Chinese first: zh-CN whatever the browser's Accept-Language says, English once chosen, and
 * nothing else (a hand-edited {@code ?lang=fr} stays Chinese rather than mislabelling the page).
 */
class PortalLocaleResolver extends CookieLocaleResolver {

    PortalLocaleResolver(String cookieName) {
        super(cookieName);
        setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        setCookieMaxAge(Duration.ofDays(365));
        setCookieHttpOnly(true);
    }

    static Locale supported(Locale asked) {
        return asked != null && "en".equals(asked.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return supported(super.resolveLocale(request));
    }

    /**
     * The request's locale for {@code LocaleContextHolder}, read each time it is asked: the
     * DispatcherServlet takes this context before the language switch ({@code ?lang=}) runs, so
     * a locale fixed here would leave Java code the old language on the switching request itself.
     */
    @Override
    public LocaleContext resolveLocaleContext(HttpServletRequest request) {
        return new Supported(super.resolveLocaleContext(request));
    }

    @Override
    public void setLocaleContext(
            HttpServletRequest request, HttpServletResponse response, LocaleContext localeContext) {
        var asked = localeContext == null ? null : localeContext.getLocale();
        super.setLocaleContext(request, response, new SimpleLocaleContext(supported(asked)));
    }

    /** CookieLocaleResolver's own context (it reads the request as it stands), narrowed to ours. */
    private record Supported(LocaleContext resolved) implements TimeZoneAwareLocaleContext {

        @Override
        public Locale getLocale() {
            return supported(resolved.getLocale());
        }

        @Override
        public TimeZone getTimeZone() {
            return resolved instanceof TimeZoneAwareLocaleContext zoned ? zoned.getTimeZone() : null;
        }
    }
}
