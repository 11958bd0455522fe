package org.onewindow.portal.publicapi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Dates, times, rates and department names as the public pages write them (PORTAL.md: dates in
 * 2026年12月1日 form), in the page's language. Templates call it as {@code ${@publicFormat.day(d)}}.
 */
@Component("publicFormat")
public class PublicFormat {

    /** The bureau's zone: a time the API gives with any offset is shown as the bureau's clock read it. */
    public static final ZoneId BUREAU = ZoneId.of("Asia/Shanghai");

    private final MessageSource messages;

    PublicFormat(MessageSource messages) {
        this.messages = messages;
    }

    /** 2026年12月1日 */
    public String day(LocalDate date) {
        return date == null ? none() : format("public.format.day", date);
    }

    /** The day in the bureau's zone. */
    public String day(OffsetDateTime at) {
        return at == null ? none() : day(at.atZoneSameInstant(BUREAU).toLocalDate());
    }

    /** 2026年3月15日 14:05, in the bureau's zone. */
    public String time(OffsetDateTime at) {
        return at == null ? none() : format("public.format.time", at.atZoneSameInstant(BUREAU));
    }

    /** A machine-readable date for {@code <time datetime>}. */
    public String iso(OffsetDateTime at) {
        return at == null ? null : at.toString();
    }

    /** A rate of 0..1 as a person reads it: 0.96 is 96%, 0.9512 is 95.1%; nothing to count is 暂无. */
    public String percent(Double rate) {
        return rate == null ? none() : percentNumber(rate) + "%";
    }

    /** 4.5; no figure is 暂无. */
    public String decimal(Double value) {
        return value == null ? none() : oneDecimal(value);
    }

    /** 出版管理处 for {@code publishing}; a code the portal does not know is shown as it is. */
    public String department(String code) {
        if (code == null || code.isBlank()) {
            return none();
        }
        return messages.getMessage("department." + code, null, code, PageLocale.current());
    }

    static String percentNumber(double rate) {
        return oneDecimal(rate * 100);
    }

    static String oneDecimal(double value) {
        return BigDecimal.valueOf(value)
                .setScale(1, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    private String none() {
        return messages.getMessage("public.none", null, PageLocale.current());
    }

    private String format(String patternKey, TemporalAccessor value) {
        var locale = PageLocale.current();
        return DateTimeFormatter.ofPattern(messages.getMessage(patternKey, null, locale), locale)
                .format(value);
    }
}
