package org.onewindow.portal.filing;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Words from the bundles (i18n/filing*.properties) in the request's language, for the view models. */
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
        return messages.getMessage(key, args, null, LocaleContextHolder.getLocale());
    }
}
