package org.onewindow.catalog.search;

import java.util.List;

/** A page of hits, most relevant first. */
record SearchPage(List<ItemSummary> items, int page, int size, long total) {

    SearchPage {
        // pages are remembered and shared between requests (SearchCache)
        items = List.copyOf(items);
    }
}
