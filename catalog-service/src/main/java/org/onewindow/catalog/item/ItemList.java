package org.onewindow.catalog.item;

import java.util.List;

/** A page of the catalog admin's list, by code. */
record ItemList(List<ListedItem> items, int page, int size, long total) {

    ItemList {
        items = List.copyOf(items);
    }
}
