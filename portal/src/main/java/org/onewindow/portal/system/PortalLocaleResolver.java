package org.onewindow.portal.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
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

    @Override
    public LocaleContext resolveLocaleContext(HttpServletRequest request) {
        return new SimpleLocaleContext(
                supported(super.resolveLocaleContext(request).getLocale()));
    }

    @Override
    public void setLocaleContext(
            HttpServletRequest request, HttpServletResponse response, LocaleContext localeContext) {
        var asked = localeContext == null ? null : localeContext.getLocale();
        super.setLocaleContext(request, response, new SimpleLocaleContext(supported(asked)));
    }
}
