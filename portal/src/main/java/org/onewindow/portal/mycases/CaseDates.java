package org.onewindow.portal.mycases;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates as people write them: 2026年12月1日 (and 14:05 where the time matters), in the bureau's
 * time zone whatever offset the API used; "1 December 2026" in English.
 */
final class CaseDates {

    static final ZoneId BUREAU = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter CHINESE_DAY = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.CHINA);
    private static final DateTimeFormatter ENGLISH_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private CaseDates() {}

    static String day(LocalDate date, Locale locale) {
        if (date == null) {
            return null;
        }
        return (english(locale) ? ENGLISH_DAY : CHINESE_DAY).format(date);
    }

    static String day(OffsetDateTime at, Locale locale) {
        return at == null ? null : day(at.atZoneSameInstant(BUREAU).toLocalDate(), locale);
    }

    static String moment(OffsetDateTime at, Locale locale) {
        if (at == null) {
            return null;
        }
        var local = at.atZoneSameInstant(BUREAU);
        return day(local.toLocalDate(), locale) + " " + TIME.format(local);
    }

    private static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
