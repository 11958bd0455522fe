package org.onewindow.review.calendar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * On start, imports each shipped official calendar into a year never set before, the way a
 * supervisor's PUT sets it (CalendarChanged goes out through the outbox, so the other services
 * learn it too). A year already set, and any edit made since, is left alone.
 */
@Component
class CalendarImport implements ApplicationRunner {

    static final String ACTOR = "calendar-import";
    static final String SHIPPED = "classpath*:calendar/*.json";

    private static final Logger log = LoggerFactory.getLogger(CalendarImport.class);

    private final Calendars calendars;
    private final JsonMapper json;

    CalendarImport(Calendars calendars, JsonMapper json) {
        this.calendars = calendars;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) {
        importShipped();
    }

    /** @return the years imported now */
    List<Integer> importShipped() {
        var imported = new ArrayList<Integer>();
        for (var shipped : shipped(json)) {
            var calendar = shipped.calendar();
            if (calendars.importIfNeverSet(calendar, ACTOR, shipped.notice().documentNumber())) {
                log.info(
                        "imported the {} calendar from {} ({}): {} holidays, {} adjusted working days",
                        shipped.year(),
                        shipped.notice().title(),
                        shipped.notice().documentNumber(),
                        calendar.holidays().size(),
                        calendar.adjustedWorkingDays().size());
                imported.add(shipped.year());
            }
        }
        return imported;
    }

    /** Every shipped calendar, each checked by the rules a supervisor's calendar meets. */
    static List<ShippedCalendar> shipped(JsonMapper json) {
        try {
            var calendars = new ArrayList<ShippedCalendar>();
            for (var resource : new PathMatchingResourcePatternResolver().getResources(SHIPPED)) {
                ShippedCalendar shipped;
                try (var in = resource.getInputStream()) {
                    shipped = json.readValue(in, ShippedCalendar.class);
                }
                var problems = CalendarRules.problems(shipped.calendar());
                if (!problems.isEmpty()) {
                    throw new IllegalStateException("shipped calendar " + resource + " is invalid: " + problems);
                }
                calendars.add(shipped);
            }
            return calendars;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
