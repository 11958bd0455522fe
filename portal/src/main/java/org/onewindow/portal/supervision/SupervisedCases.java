package org.onewindow.portal.supervision;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** GET /api/review/supervision/cases: one page of the bureau's cases, by deadline, with the total. */
record SupervisedCases(List<Case> items, int page, int size, long total) {

    SupervisedCases {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    /** @param warning the level last announced: NONE, YELLOW or RED */
    record Case(
            String caseNo,
            String itemCode,
            String itemName,
            String department,
            String status,
            OffsetDateTime submittedAt,
            LocalDate deadline,
            String warning) {}
}
