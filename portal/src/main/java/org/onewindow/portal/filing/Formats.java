package org.onewindow.portal.filing;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Times and sizes as people read them: 2026年3月15日 10:30, 1.2 MB. */
@Component
public class Formats {

    /** The bureau's own time: a receipt says when it was filed there, whatever the server's zone. */
    static final ZoneId BUREAU_TIME = ZoneId.of("Asia/Shanghai");

    private final Texts texts;

    Formats(Texts texts) {
        this.texts = texts;
    }

    public String dateTime(OffsetDateTime time) {
        if (time == null) {
            return null;
        }
        var pattern = DateTimeFormatter.ofPattern(texts.get("filing.format.dateTime"), LocaleContextHolder.getLocale());
        return time.atZoneSameInstant(BUREAU_TIME).format(pattern);
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
