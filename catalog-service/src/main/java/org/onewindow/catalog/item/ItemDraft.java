package org.onewindow.catalog.item;

import java.time.OffsetDateTime;

/**
 * An item's draft as the catalog admin edits it.
 *
 * @param revision increases with every edit; an edit names the revision it started from
 */
record ItemDraft(
        String code,
        ItemStatus status,
        Integer currentVersion,
        int revision,
        ItemDefinition draft,
        OffsetDateTime updatedAt,
        String updatedBy) {}
