package org.onewindow.catalog.resource;

import java.time.OffsetDateTime;

/** One version of a resource's metadata, immutable once written; the newest is the directory's entry. */
record ResourceVersion(String code, int version, OffsetDateTime publishedAt, ResourceDefinition resource) {}
