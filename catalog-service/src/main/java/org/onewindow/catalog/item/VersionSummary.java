package org.onewindow.catalog.item;

import java.time.OffsetDateTime;

/** A line of an item's history. */
record VersionSummary(int version, OffsetDateTime publishedAt) {}
