package org.onewindow.portal.catalog;

/** GET /api/catalog/items/{code}: the current published version and its guide. */
public record PublishedItem(String code, int version, String status, ItemGuide guide) {}
