package org.onewindow.catalog.item;

import java.time.OffsetDateTime;

/** One published, immutable version of an item, with the item's status today. */
record PublishedVersion(
        String code, int version, ItemStatus status, OffsetDateTime publishedAt, ItemDefinition guide) {}
