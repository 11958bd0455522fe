package org.onewindow.portal.supervision;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Which of the bureau's cases a list shows: a warning list, or the cases behind one figure of the
 * dashboard (a department, an item, a status, a day). A value the API would not know is dropped
 * rather than refused: the address came from a link, or was typed by hand.
 */
record CaseFilter(String warning, String department, String itemCode, String status, LocalDate day, int page) {

    static final int SIZE = 20;
    static final List<String> WARNINGS = List.of("YELLOW", "RED", "OVERDUE");
    static final List<String> STATUSES = List.of(
            "SUBMITTED",
            "SUPPLEMENT_REQUESTED",
            "ACCEPTED",
            "NOT_ACCEPTED",
            "IN_REVIEW",
            "APPROVED",
            "DENIED",
            "COMPLETED",
            "WITHDRAWN");

    static CaseFilter of(String warning, String department, String itemCode, String status, String day, Integer page) {
        return new CaseFilter(
                warning != null && WARNINGS.contains(warning) ? warning : null,
                code(department),
                code(itemCode),
                status != null && STATUSES.contains(status) ? status : null,
                day(day),
                page == null ? 0 : Math.min(Math.max(page, 0), 10_000));
    }

    /** The filter's parameters, without the page, in a stable order. */
    Map<String, Object> query() {
        var query = new LinkedHashMap<String, Object>();
        put(query, "warning", warning);
        put(query, "department", department);
        put(query, "itemCode", itemCode);
        put(query, "status", status);
        put(query, "day", day);
        return query;
    }

    /** This list's address at another page. */
    public String atPage(int other) {
        var uri = UriComponentsBuilder.fromPath(SupervisedCasesController.PATH);
        query().forEach(uri::queryParam);
        if (other > 0) {
            uri.queryParam("page", other);
        }
        return uri.encode().build().toUriString();
    }

    public boolean isEmpty() {
        return query().isEmpty();
    }

    private static void put(Map<String, Object> query, String name, Object value) {
        if (value != null) {
            query.put(name, value);
        }
    }

    /** A department or item code: letters, digits and dashes, nothing to carry into a URL or a query. */
    private static String code(String value) {
        return value != null && value.matches("[A-Za-z0-9-]{1,40}") ? value : null;
    }

    private static LocalDate day(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
