package org.onewindow.review.item;

import java.time.OffsetDateTime;
import org.onewindow.contracts.catalog.ItemGuide;

/** An item version as catalog-service serves it (GET /api/catalog/items/{code}/versions/{n}). */
record CatalogItem(String code, int version, String status, OffsetDateTime publishedAt, ItemGuide guide) {}
