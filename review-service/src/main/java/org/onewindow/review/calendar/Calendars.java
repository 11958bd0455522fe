package org.onewindow.review.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import org.onewindow.contracts.EventTypes;
import org.onewindow.contracts.calendar.CalendarChanged;
import org.onewindow.platform.calendar.WorkingCalendar;
import org.onewindow.platform.messaging.EventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The working-day calendar as supervisors keep it. Reads are cached briefly; a change here is
 * seen at once, a change made through another instance within a minute.
 */
@Component
public class Calendars {

    private static final Duration CACHE_FOR = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final EventPublisher events;
    private volatile WorkingCalendar cached;
    private volatile long cachedAt;

    Calendars(JdbcClient jdbc, Clock clock, EventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    public record Day(LocalDate date, String note) {}

    public record YearCalendar(int year, List<Day> holidays, List<Day> adjustedWorkingDays) {}

    public WorkingCalendar current() {
        var calendar = cached;
        if (calendar == null || System.nanoTime() - cachedAt > CACHE_FOR.toNanos()) {
            calendar = load();
            cached = calendar;
            cachedAt = System.nanoTime();
        }
        return calendar;
    }

    YearCalendar year(int year) {
        return new YearCalendar(year, days(year, "HOLIDAY"), days(year, "WORKDAY"));
    }

    @Transactional
    void replace(YearCalendar calendar, String actor) {
        store(calendar, actor, "api");
    }

    /**
     * Sets a year from a shipped notice unless the year has been set before, by a supervisor or
     * by an earlier import: what supervisors changed since stays. Instances starting together
     * import it once (the first to claim the year; the others wait for its commit and skip).
     *
     * @return whether the year was imported
     */
    @Transactional
    boolean importIfNeverSet(YearCalendar calendar, String actor, String source) {
        int claimed = jdbc.sql("""
                        insert into calendar_year (year, source, updated_by, updated_at)
                        values (:year, :source, :actor, :at)
                        on conflict (year) do nothing
                        """)
                .param("year", calendar.year())
                .param("source", source)
                .param("actor", actor)
                .param("at", OffsetDateTime.now(clock))
                .update();
        if (claimed == 0) {
            return false;
        }
        store(calendar, actor, source);
        return true;
    }

    private void store(YearCalendar calendar, String actor, String source) {
        jdbc.sql("""
                        insert into calendar_year (year, source, updated_by, updated_at)
                        values (:year, :source, :actor, :at)
                        on conflict (year) do update
                        set source = excluded.source, updated_by = excluded.updated_by, updated_at = excluded.updated_at
                        """)
                .param("year", calendar.year())
                .param("source", source)
                .param("actor", actor)
                .param("at", OffsetDateTime.now(clock))
                .update();
        var from = LocalDate.of(calendar.year(), 1, 1);
        jdbc.sql("delete from calendar_day where day between :from and :to")
                .param("from", from)
                .param("to", from.plusYears(1).minusDays(1))
                .update();
        insert(calendar.holidays(), "HOLIDAY", actor);
        insert(calendar.adjustedWorkingDays(), "WORKDAY", actor);
        // other services count working days too (disclosure: call-backs, complaint answers)
        events.publish(
                EventTypes.CALENDAR_CHANGED,
                String.valueOf(calendar.year()),
                new CalendarChanged(
                        calendar.year(),
                        calendar.holidays().stream().map(Day::date).toList(),
                        calendar.adjustedWorkingDays().stream().map(Day::date).toList(),
                        OffsetDateTime.now(clock)));
        cached = null;
    }

    private void insert(List<Day> days, String kind, String actor) {
        for (var day : days) {
            jdbc.sql("""
                            insert into calendar_day (day, kind, note, updated_by, updated_at)
                            values (:day, :kind, :note, :actor, :at)
                            """)
                    .param("day", day.date())
                    .param("kind", kind)
                    .param("note", day.note())
                    .param("actor", actor)
                    .param("at", OffsetDateTime.now(clock))
                    .update();
        }
    }

    private List<Day> days(int year, String kind) {
        var from = LocalDate.of(year, 1, 1);
        return jdbc.sql(
                        "select day, note from calendar_day where kind = :kind and day between :from and :to order by day")
                .param("kind", kind)
                .param("from", from)
                .param("to", from.plusYears(1).minusDays(1))
                .query((rs, n) -> new Day(rs.getObject("day", LocalDate.class), rs.getString("note")))
                .list();
    }

    private WorkingCalendar load() {
        var holidays = new HashSet<LocalDate>();
        var workdays = new HashSet<LocalDate>();
        jdbc.sql("select day, kind from calendar_day")
                .query((rs, n) -> {
                    (rs.getString("kind").equals("HOLIDAY") ? holidays : workdays)
                            .add(rs.getObject("day", LocalDate.class));
                    return null;
                })
                .list();
        return new WorkingCalendar(holidays, workdays);
    }
}
