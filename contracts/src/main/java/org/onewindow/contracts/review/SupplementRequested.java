package org.onewindow.contracts.review;

import java.time.OffsetDateTime;
import java.util.List;

/** Everything the applicant must correct, at once (一次性告知); the clock stops. */
public record SupplementRequested(String caseNo, List<Item> items, String requestedBy, OffsetDateTime requestedAt) {

    /**
     * One thing to correct.
     *
     * @param materialId the material concerned, or null
     * @param field the form field concerned, or null
     */
    public record Item(String materialId, String field, String description) {}
}
