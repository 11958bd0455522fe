package org.onewindow.portal.publicapi;

import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The language the page is rendered in, for words put together in Java. It asks the locale
 * resolver, as the templates do: on the request that carries {@code ?lang=en}, LocaleContextHolder
 * still holds the language from before the switch (the portal's resolver hands the dispatcher a
 * context fixed before the language interceptor runs), and a chart title would stay Chinese on an
 * English page.
 */
public final class PageLocale {

    private PageLocale() {}

    public static Locale current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return RequestContextUtils.getLocale(attributes.getRequest());
        }
        return LocaleContextHolder.getLocale();
    }
}
