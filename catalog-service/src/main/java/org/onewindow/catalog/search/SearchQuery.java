package org.onewindow.catalog.search;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * What the public searches by: words of the name or keywords, and filters.
 *
 * @param q free text, Chinese or not; two characters are enough
 */
record SearchQuery(
        @Size(max = 50) String q,
        String type,
        String department,
        String serviceObject,
        @Min(0) @Max(10_000) Integer page,
        @Min(1) @Max(100) Integer size) {

    int pageOrDefault() {
        return page == null ? 0 : page;
    }

    int sizeOrDefault() {
        return size == null ? 20 : size;
    }

    String text() {
        return q == null ? "" : q.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
