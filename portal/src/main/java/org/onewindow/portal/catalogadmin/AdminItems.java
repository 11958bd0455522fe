package org.onewindow.portal.catalogadmin;

import java.time.OffsetDateTime;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** What catalog-service answers the catalog admin, as the portal reads it. The guide stays JSON: it goes back as it came. */
final class AdminItems {

    private AdminItems() {}

    /** GET /api/catalog/items?status=: a page of every item, by code. */
    record Page(List<Listed> items, int page, int size, long total) {

        Page {
            items = items == null ? List.of() : List.copyOf(items);
        }

        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return (long) (page + 1) * size < total;
        }
    }

    /** One line of the list; {@code currentVersion} is null before the first publication. */
    record Listed(
            String code,
            String name,
            String type,
            String department,
            String status,
            Integer currentVersion,
            boolean draftPending,
            OffsetDateTime updatedAt,
            String updatedBy) {}

    /** GET /api/catalog/items/{code}/draft; {@code draft} is null when the published version is not being edited. */
    record Draft(
            String code,
            String status,
            Integer currentVersion,
            int revision,
            JsonNode draft,
            OffsetDateTime updatedAt,
            String updatedBy) {

        Draft {
            // Jackson reads "draft": null into a JsonNode as NullNode, not null: no pending draft
            // (just published) must not look like an empty one
            if (draft != null && (draft.isNull() || draft.isMissingNode())) {
                draft = null;
            }
        }

        public boolean retired() {
            return "RETIRED".equals(status);
        }
    }

    /** A line of the history. */
    record VersionLine(int version, OffsetDateTime publishedAt) {}

    /** One published version and its guide. */
    record Version(String code, int version, String status, OffsetDateTime publishedAt, JsonNode guide) {}
}
