package org.onewindow.portal.publicapi;

import java.util.List;

/**
 * One page of a public list. The disclosure lists tell no total, so a next page is offered while
 * a page comes back full; a last page that happens to be exactly full leads to an empty one,
 * which says so.
 *
 * @param page counted from 0, as the API counts
 */
public record Slice<T>(List<T> items, int page, int size) {

    public Slice {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** Counted from 1, as a person counts. */
    public int pageNumber() {
        return page + 1;
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return items.size() >= size;
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }
}
