package org.onewindow.portal.supervision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.onewindow.portal.applications.ApiProblem;
import org.onewindow.portal.publicapi.ErrorSummary;
import org.onewindow.portal.publicapi.PageLocale;
import org.springframework.context.MessageSource;

/**
 * Everything wrong with a calendar, at once: the portal's own reading of the rows and the API's
 * field problems ({@code holidays[2].date}: outside-year, duplicate, not-a-weekend), each put
 * beside its field (id {@code holidays-2-date}) and listed in the summary in the order of the page.
 */
final class CalendarProblems {

    private static final Pattern FIELD = Pattern.compile("(holidays|adjustedWorkingDays)\\[(\\d+)]\\.(date|note)");

    private final MessageSource messages;
    private final int year;
    private final Map<String, String> byField = new LinkedHashMap<>();
    private final List<String> general = new ArrayList<>();

    CalendarProblems(MessageSource messages, int year) {
        this.messages = messages;
        this.year = year;
    }

    void add(String list, int row, String field, String code) {
        byField.putIfAbsent(list + "-" + row + "-" + field, message("supervision.calendar.problem." + code));
    }

    /** The API's problems; its row numbers count only the rows sent, {@code sent} says which row each was. */
    void add(ApiProblem problem, List<CalendarForm.Entry> sent) {
        if (problem.errors().isEmpty()) {
            general.add(message("supervision.calendar.problem.api"));
        }
        for (var error : problem.errors()) {
            var field = error.field() == null ? null : FIELD.matcher(error.field());
            if (field != null && field.matches()) {
                var list = field.group(1);
                var sentRows = sent.stream().filter(e -> e.list().equals(list)).toList();
                int index = Integer.parseInt(field.group(2));
                if (index < sentRows.size()) {
                    var code = field.group(3).equals("note") ? "note" : dateCode(error.code());
                    add(list, sentRows.get(index).row(), field.group(3), code);
                    continue;
                }
            }
            if (error.field() != null && CalendarForm.LISTS.contains(error.field())) {
                general.add(message("supervision.calendar.problem.tooMany." + error.field()));
            } else {
                general.add(message("supervision.calendar.problem.api"));
            }
        }
    }

    boolean isEmpty() {
        return byField.isEmpty() && general.isEmpty();
    }

    /** Field id → the words beside it. */
    Map<String, String> byField() {
        return Map.copyOf(byField);
    }

    /** The summary: problems with the whole calendar first, then each field's, top to bottom. */
    ErrorSummary summary(CalendarForm form) {
        var entries = new ArrayList<ErrorSummary.Entry>();
        general.stream().distinct().forEach(text -> entries.add(new ErrorSummary.Entry(null, text)));
        for (var list : CalendarForm.LISTS) {
            for (int row = 0; row < form.rows(list).size(); row++) {
                for (var field : List.of("date", "note")) {
                    var id = list + "-" + row + "-" + field;
                    if (byField.containsKey(id)) {
                        entries.add(new ErrorSummary.Entry("#" + id, byField.get(id)));
                    }
                }
            }
        }
        return new ErrorSummary(entries);
    }

    private static String dateCode(String code) {
        return code != null
                        && List.of("outside-year", "duplicate", "not-a-weekend").contains(code)
                ? code
                : "date";
    }

    private String message(String key) {
        return messages.getMessage(key, new Object[] {String.valueOf(year)}, PageLocale.current());
    }
}
