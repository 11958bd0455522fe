package org.onewindow.gateway;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One token bucket per client, in this gateway's memory. Several gateway instances each keep
 * their own buckets; a shared store (Redis) is the step when the limits must hold across them.
 */
final class TokenBuckets {

    private static final int MAX_CLIENTS = 100_000;

    private final double capacity;
    private final double tokensPerNano;
    private final LongSupplier nanoClock;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    TokenBuckets(int capacity, double tokensPerSecond, LongSupplier nanoClock) {
        this.capacity = capacity;
        this.tokensPerNano = tokensPerSecond / 1e9;
        this.nanoClock = nanoClock;
    }

    /** Takes one token for the client; false when its bucket is empty. */
    boolean tryTake(String client) {
        if (buckets.size() > MAX_CLIENTS) {
            // a flood of distinct clients must not exhaust memory: start over
            buckets.clear();
        }
        var bucket = buckets.computeIfAbsent(client, k -> new Bucket(capacity, nanoClock.getAsLong()));
        synchronized (bucket) {
            long now = nanoClock.getAsLong();
            bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.updated) * tokensPerNano);
            bucket.updated = now;
            if (bucket.tokens < 1) {
                return false;
            }
            bucket.tokens -= 1;
            return true;
        }
    }

    private static final class Bucket {
        double tokens;
        long updated;

        Bucket(double tokens, long updated) {
            this.tokens = tokens;
            this.updated = updated;
        }
    }
}
