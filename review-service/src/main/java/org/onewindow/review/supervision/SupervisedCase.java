package org.onewindow.review.supervision;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A case as a supervisor's list shows it: what the reviewers' queues show, over every department,
 * and no applicant.
 *
 * @param department the item's department, the one the statistics count the case in
 * @param warning the level last announced: NONE, YELLOW or RED
 */
record SupervisedCase(
        String caseNo,
        String itemCode,
        String itemName,
        String department,
        List<String> reviewDepartments,
        String channel,
        String status,
        OffsetDateTime submittedAt,
        LocalDate deadline,
        String warning) {

    SupervisedCase {
        reviewDepartments = List.copyOf(reviewDepartments);
    }

    /** One page of the list, by deadline; {@code total} counts every case the filter matches. */
    record Page(List<SupervisedCase> items, int page, int size, long total) {

        Page {
            items = List.copyOf(items);
        }
    }
}
