package org.onewindow.catalog.search;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.Optional;
import org.onewindow.catalog.system.Audience;
import org.onewindow.platform.cache.LeastRecentlyUsed;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The last pages found, each valid for the search generation it was found under. The public asks
 * the same few words again and again while the catalog changes a few times a day; a common word
 * matches thousands of items, and ranking them all costs far more than the one-row generation read
 * that proves a remembered page still right. Pages are kept per audience: a staff page may hold
 * confidential items and is never handed to the public.
 */
@Component
class SearchCache {

    private final int capacity;
    private final Map<Key, SearchPage> pages;
    private final Counter hits;
    private final Counter misses;
    private long generation = -1;

    SearchCache(@Value("${onewindow.catalog.search-cache-size:1000}") int capacity, MeterRegistry meters) {
        // 0 (or less) keeps no page
        this.capacity = Math.max(0, capacity);
        this.pages = new LeastRecentlyUsed<>(this.capacity);
        this.hits = Counter.builder("onewindow.catalog.search.cache")
                .tag("result", "hit")
                .register(meters);
        this.misses = Counter.builder("onewindow.catalog.search.cache")
                .tag("result", "miss")
                .register(meters);
    }

    synchronized Optional<SearchPage> get(long currentGeneration, SearchQuery query, Audience audience) {
        if (currentGeneration != generation) {
            pages.clear();
            generation = currentGeneration;
        }
        var page = Optional.ofNullable(pages.get(Key.of(query, audience)));
        (page.isPresent() ? hits : misses).increment();
        return page;
    }

    /** Keeps a page found under the given generation, unless the catalog has moved on since. */
    synchronized void put(long foundUnder, SearchQuery query, Audience audience, SearchPage page) {
        if (foundUnder == generation && capacity > 0) {
            pages.put(Key.of(query, audience), page);
        }
    }

    synchronized void clear() {
        pages.clear();
    }

    private record Key(
            Audience audience, String text, String type, String department, String serviceObject, int page, int size) {

        static Key of(SearchQuery query, Audience audience) {
            return new Key(
                    audience,
                    query.text(),
                    strip(query.type()),
                    strip(query.department()),
                    strip(query.serviceObject()),
                    query.pageOrDefault(),
                    query.sizeOrDefault());
        }

        private static String strip(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }
}
