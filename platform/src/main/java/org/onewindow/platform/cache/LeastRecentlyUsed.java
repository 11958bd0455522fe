package org.onewindow.platform.cache;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A map in access order that drops its least recently used entry once it holds more than its
 * bound: for what a service keeps in memory to spare a read (item versions that never change,
 * search pages), so that a long run of distinct keys cannot grow it without end. Not thread-safe:
 * wrap it ({@link java.util.Collections#synchronizedMap}) or guard it as its owner's state.
 */
public final class LeastRecentlyUsed<K, V> extends LinkedHashMap<K, V> {

    @java.io.Serial
    private static final long serialVersionUID = 1L;

    private final int bound;

    public LeastRecentlyUsed(int bound) {
        super(Math.min(checked(bound), 256), 0.75f, true);
        this.bound = bound;
    }

    private static int checked(int bound) {
        if (bound < 0) {
            throw new IllegalArgumentException("bound " + bound + " is negative");
        }
        return bound;
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > bound;
    }
}
