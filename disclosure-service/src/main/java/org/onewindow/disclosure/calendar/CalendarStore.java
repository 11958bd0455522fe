package org.onewindow.disclosure.calendar;

import java.sql.Array;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.onewindow.contracts.calendar.CalendarChanged;
import org.onewindow.platform.calendar.WorkingCalendar;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The calendar_year read model: one row per year, the latest change winning. */
@Component
class CalendarStore {

    private final JdbcClient jdbc;

    CalendarStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(CalendarChanged changed) {
        jdbc.sql("""
                        insert into calendar_year (year, holidays, workdays, changed_at)
                        values (:year, cast(:holidays as date[]), cast(:workdays as date[]), :at)
                        on conflict (year) do update set holidays = excluded.holidays,
                            workdays = excluded.workdays, changed_at = excluded.changed_at
                        where calendar_year.changed_at < excluded.changed_at
                        """)
                .param("year", changed.year())
                .param("holidays", arrayLiteral(changed.holidays()))
                .param("workdays", arrayLiteral(changed.adjustedWorkingDays()))
                .param("at", changed.changedAt())
                .update();
    }

    WorkingCalendar load() {
        var holidays = new HashSet<LocalDate>();
        var workdays = new HashSet<LocalDate>();
        jdbc.sql("select holidays, workdays from calendar_year")
                .query((rs, n) -> {
                    addAll(rs.getArray("holidays"), holidays);
                    addAll(rs.getArray("workdays"), workdays);
                    return null;
                })
                .list();
        return new WorkingCalendar(holidays, workdays);
    }

    private static void addAll(Array array, Set<LocalDate> into) throws SQLException {
        for (Object day : (Object[]) array.getArray()) {
            into.add(((Date) day).toLocalDate());
        }
    }

    private static String arrayLiteral(List<LocalDate> days) {
        return days.stream().map(LocalDate::toString).collect(Collectors.joining(",", "{", "}"));
    }
}
