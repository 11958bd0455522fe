package org.onewindow.portal.filing;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Words from the bundles (i18n/filing*.properties) in the page's language, for the view models. */
@Component
class Texts {

    private final MessageSource messages;

    Texts(MessageSource messages) {
        this.messages = messages;
    }

    String get(String key, Object... args) {
        var text = orNull(key, args);
        if (text == null) {
            throw new IllegalStateException("no message " + key);
        }
        return text;
    }

    /** The message, or null when the bundle has none: for words that may be named in data instead. */
    String orNull(String key, Object... args) {
        return messages.getMessage(key, args, null, locale());
    }

    /**
     * The page's language as the templates see it. On the request that carries {@code ?lang=en},
     * the locale held for the thread was fixed before the switch; the resolver knows the new one.
     */
    static Locale locale() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return RequestContextUtils.getLocale(attributes.getRequest());
        }
        return LocaleContextHolder.getLocale();
    }
}
