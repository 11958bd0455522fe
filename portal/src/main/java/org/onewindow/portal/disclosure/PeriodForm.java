package org.onewindow.portal.disclosure;

import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.springframework.validation.Errors;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The period and department the statistics and evaluations are shown for, from the address
 * ({@code ?department=&from=&to=}): nothing secret, so a GET form whose result can be linked to.
 * Without dates the API counts the year so far. The dates stay text here, as typed, so that a
 * wrong one is shown back beside its field rather than lost in binding.
 */
record PeriodForm(
        // the form sends "" for all departments: no filter, not an error
        @Pattern(regexp = "[a-z-]{0,30}") String department,
        @Pattern(regexp = "(\\d{4}-\\d{2}-\\d{2})?") String from,
        @Pattern(regexp = "(\\d{4}-\\d{2}-\\d{2})?") String to) {

    static final List<String> FIELDS = List.of("department", "from", "to");

    /** The API's field names are this form's. */
    static final Map<String, String> API_FIELDS = Map.of("department", "department", "from", "from", "to", "to");

    /** A date of the right shape that is no day of the calendar (2026-02-30) is refused too. */
    void checkDays(Errors errors) {
        if (!errors.hasFieldErrors("from") && isSet(from) && day(from) == null) {
            errors.rejectValue("from", "Pattern");
        }
        if (!errors.hasFieldErrors("to") && isSet(to) && day(to) == null) {
            errors.rejectValue("to", "Pattern");
        }
    }

    LocalDate fromDay() {
        return isSet(from) ? day(from) : null;
    }

    LocalDate toDay() {
        return isSet(to) ? day(to) : null;
    }

    /** The same period on another page of a list (1-based), with only what is set. */
    String pageUrl(String path, int pageNumber) {
        var url = UriComponentsBuilder.fromPath(path);
        if (isSet(department)) {
            url.queryParam("department", department);
        }
        if (isSet(from)) {
            url.queryParam("from", from);
        }
        if (isSet(to)) {
            url.queryParam("to", to);
        }
        if (pageNumber > 1) {
            url.queryParam("page", pageNumber);
        }
        return url.encode().build().toUriString();
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }

    private static LocalDate day(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
