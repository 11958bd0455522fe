package org.onewindow.disclosure.calendar;

import java.sql.Array;
import java.sql.Date;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.onewindow.contracts.EventTypes;
import org.onewindow.contracts.Topics;
import org.onewindow.platform.calendar.WorkingCalendar;
import org.onewindow.platform.messaging.EventInbox;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * The bureau's working days, as review-service publishes them: call-backs, rectifications and
 * complaint answers are due in working days. Without any calendar event yet, weekends only.
 */
@Component
public class DisclosureCalendar {

    private static final Duration CACHE_FOR = Duration.ofSeconds(30);

    private final JdbcClient jdbc;
    private final EventInbox inbox;
    private volatile WorkingCalendar cached;
    private volatile long cachedAt;

    DisclosureCalendar(JdbcClient jdbc, EventInbox inbox) {
        this.jdbc = jdbc;
        this.inbox = inbox;
    }

    @KafkaListener(
            topics = Topics.CALENDAR,
            groupId = "${onewindow.disclosure.consumer-group:disclosure-service}-calendar")
    void on(ConsumerRecord<String, String> record) {
        inbox.apply("disclosure-calendar", record, envelope -> {
            var changed = envelope.payloadAs(EventTypes.CALENDAR_CHANGED);
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
            cached = null;
        });
    }

    public WorkingCalendar current() {
        var calendar = cached;
        if (calendar == null || System.nanoTime() - cachedAt > CACHE_FOR.toNanos()) {
            calendar = load();
            cached = calendar;
            cachedAt = System.nanoTime();
        }
        return calendar;
    }

    private WorkingCalendar load() {
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

    private static String arrayLiteral(java.util.List<LocalDate> days) {
        return days.stream().map(LocalDate::toString).collect(java.util.stream.Collectors.joining(",", "{", "}"));
    }
}
