package org.onewindow.application.tracking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import org.onewindow.platform.cache.LeastRecentlyUsed;
import org.springframework.stereotype.Component;

/**
 * Slows down anyone guessing query codes: after {@value #MAX_FAILURES} wrong codes within
 * {@link #WINDOW}, for one case or from one address, further tries are refused until the window
 * passes. Kept per instance and bounded in memory; the gateway's rate limit holds across
 * instances.
 */
@Component
class GuessThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_KEYS = 10_000;

    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new LeastRecentlyUsed<>(MAX_KEYS);

    GuessThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Whether another try is allowed for this case from this address. */
    synchronized boolean allows(String caseNo, String address) {
        return recent("case:" + caseNo) < MAX_FAILURES && recent("from:" + address) < MAX_FAILURES * 4;
    }

    synchronized void failed(String caseNo, String address) {
        var now = clock.instant();
        failures.computeIfAbsent("case:" + caseNo, k -> new ArrayDeque<>()).addLast(now);
        failures.computeIfAbsent("from:" + address, k -> new ArrayDeque<>()).addLast(now);
    }

    private int recent(String key) {
        var times = failures.get(key);
        if (times == null) {
            return 0;
        }
        var since = clock.instant().minus(WINDOW);
        while (!times.isEmpty() && times.peekFirst().isBefore(since)) {
            times.removeFirst();
        }
        return times.size();
    }
}
