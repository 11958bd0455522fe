package org.onewindow.bench;

import java.util.Arrays;

/** Latencies recorded by many threads, summarised as the report prints them. */
final class Latencies {

    private long[] nanos = new long[1024];
    private int count;
    private int errors;

    synchronized void record(long elapsedNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = elapsedNanos;
    }

    private final java.util.Map<String, Integer> reasons = new java.util.TreeMap<>();

    synchronized void error() {
        error("other");
    }

    /** An error with its reason (an HTTP status, an exception), so a report says what went wrong. */
    synchronized void error(String reason) {
        errors++;
        reasons.merge(reason, 1, Integer::sum);
    }

    synchronized int count() {
        return count;
    }

    synchronized int errors() {
        return errors;
    }

    /** The q-quantile in milliseconds (nearest rank), or NaN when nothing was recorded. */
    synchronized double percentileMillis(double q) {
        if (count == 0) {
            return Double.NaN;
        }
        var sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * count) - 1;
        return sorted[Math.max(0, Math.min(rank, count - 1))] / 1e6;
    }

    String summary(double seconds) {
        return String.format(
                "%,d ok in %.1f s = %,.0f/s, p50 %.1f ms, p99 %.1f ms, %d errors%s",
                count(),
                seconds,
                count() / seconds,
                percentileMillis(0.50),
                percentileMillis(0.99),
                errors(),
                reasons());
    }

    private synchronized String reasons() {
        return reasons.isEmpty() ? "" : " " + reasons;
    }
}
