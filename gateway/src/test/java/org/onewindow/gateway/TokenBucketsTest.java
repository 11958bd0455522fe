package org.onewindow.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketsTest {

    final AtomicLong now = new AtomicLong();
    final TokenBuckets buckets = new TokenBuckets(3, 2.0, now::get);

    @Test
    void allowsABurstUpToCapacityThenRefuses() {
        assertThat(buckets.tryTake("a")).isTrue();
        assertThat(buckets.tryTake("a")).isTrue();
        assertThat(buckets.tryTake("a")).isTrue();
        assertThat(buckets.tryTake("a")).isFalse();
    }

    @Test
    void refillsAtTheConfiguredRate() {
        for (int i = 0; i < 3; i++) {
            buckets.tryTake("a");
        }
        now.addAndGet(500_000_000L);
        assertThat(buckets.tryTake("a")).isTrue();
        assertThat(buckets.tryTake("a")).isFalse();
    }

    @Test
    void countsEachClientSeparately() {
        for (int i = 0; i < 3; i++) {
            buckets.tryTake("a");
        }
        assertThat(buckets.tryTake("a")).isFalse();
        assertThat(buckets.tryTake("b")).isTrue();
    }
}
