package org.onewindow.portal.mycases;

import java.util.List;
import java.util.Locale;
import org.onewindow.portal.applications.Application;
import org.springframework.context.MessageSource;

/**
 * Every change of a case in plain words, oldest first: when, what happened ({@code case.event.*}),
 * and the detail a person needs (the department that gave its opinion, the reason of a refusal,
 * the date materials accepted with gaps are due).
 */
final class CaseTimeline {

    /** One line of the timeline. */
    record Line(String when, String what, String detail) {}

    private CaseTimeline() {}

    static List<Line> lines(Application application, MessageSource messages, Locale locale) {
        return application.timeline().stream()
                .map(entry -> new Line(
                        CaseDates.moment(entry.at(), locale),
                        messages.getMessage(
                                "case.event." + entry.action(),
                                null,
                                messages.getMessage("case.event.other", null, locale),
                                locale),
                        detail(entry, messages, locale)))
                .toList();
    }

    private static String detail(Application.TimelineEntry entry, MessageSource messages, Locale locale) {
        return switch (String.valueOf(entry.action())) {
            case "OPINION_RECORDED" -> {
                var department = entry.text("department");
                yield department.isBlank()
                        ? null
                        : messages.getMessage("department." + department, null, department, locale);
            }
            case "DENIED" -> reason(entry.text("reason"), messages, locale);
            case "NOT_ACCEPTED" -> reason(entry.text("legalReason"), messages, locale);
            case "GAP_OPENED" -> {
                var deadline = entry.text("deadline");
                yield deadline.isBlank() || "null".equals(deadline)
                        ? null
                        : messages.getMessage(
                                "case.event.dueBy",
                                new Object[] {CaseDates.day(java.time.LocalDate.parse(deadline), locale)},
                                locale);
            }
            case "SUPPLEMENT_REQUESTED" -> {
                var items = entry.detail() == null ? null : entry.detail().get("items");
                yield items == null || !items.isArray()
                        ? null
                        : messages.getMessage("case.event.items", new Object[] {items.size()}, locale);
            }
            case "CERTIFICATE_ISSUED" -> {
                var number = entry.text("certificateNo");
                yield number.isBlank()
                        ? null
                        : messages.getMessage("case.certificate.number", new Object[] {number}, locale);
            }
            case "EVALUATED", "FOLLOW_UP_EVALUATED" -> {
                var level = entry.text("level");
                yield level.isBlank() ? null : messages.getMessage("rating.level." + level, null, null, locale);
            }
            default -> null;
        };
    }

    private static String reason(String reason, MessageSource messages, Locale locale) {
        return reason.isBlank() ? null : messages.getMessage("case.now.reason", new Object[] {reason}, locale);
    }
}
