package org.onewindow.catalog.item;

/** DRAFT until first published; RETIRED takes no new applications. */
enum ItemStatus {
    DRAFT,
    PUBLISHED,
    RETIRED
}
