package org.onewindow.contracts.catalog;

import java.time.OffsetDateTime;

/**
 * A new version of a service item was published; it never changes afterwards. Applications made
 * under it keep it, review takes its limits and departments from it, disclosure shows its guide.
 *
 * @param code implementation code of the item (the event key)
 * @param version the version number, 1, 2, ...
 * @param publishedAt when it was published
 * @param guide the complete guide of this version
 */
public record ItemPublished(String code, int version, OffsetDateTime publishedAt, ItemGuide guide) {}
