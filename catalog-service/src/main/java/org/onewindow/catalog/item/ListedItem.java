package org.onewindow.catalog.item;

import java.time.OffsetDateTime;

/**
 * One item as the catalog admin's list shows it, whatever its status.
 *
 * @param currentVersion the published version, or null before the first publication
 * @param draftPending whether a draft not yet published exists (a new item's, or the next version's)
 */
record ListedItem(
        String code,
        String name,
        String type,
        String department,
        ItemStatus status,
        Integer currentVersion,
        boolean draftPending,
        OffsetDateTime updatedAt,
        String updatedBy) {}
