package org.onewindow.portal.catalog;

import java.util.List;

/** A page of search hits and how many there are in all. */
public record ItemPage(List<ItemSummary> items, int page, int size, long total) {

    public ItemPage {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** How many pages the hits fill; at least one, so "page 1 of 1" reads right with no hits. */
    public int pages() {
        return size <= 0 ? 1 : (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pages();
    }
}
