package org.onewindow.disclosure.calendar;

import java.time.Duration;
import org.onewindow.contracts.calendar.CalendarChanged;
import org.onewindow.platform.calendar.WorkingCalendar;
import org.springframework.stereotype.Component;

/**
 * The bureau's working days, as review-service publishes them: call-backs, rectifications and
 * complaint answers are due in working days. Without any calendar event yet, weekends only.
 */
@Component
public class DisclosureCalendar {

    private static final Duration CACHE_FOR = Duration.ofSeconds(30);

    private final CalendarStore store;
    private volatile WorkingCalendar cached;
    private volatile long cachedAt;

    DisclosureCalendar(CalendarStore store) {
        this.store = store;
    }

    void changed(CalendarChanged changed) {
        store.save(changed);
        cached = null;
    }

    public WorkingCalendar current() {
        var calendar = cached;
        if (calendar == null || System.nanoTime() - cachedAt > CACHE_FOR.toNanos()) {
            calendar = store.load();
            cached = calendar;
            cachedAt = System.nanoTime();
        }
        return calendar;
    }
}
