package org.onewindow.contracts.review;

import java.time.OffsetDateTime;

/**
 * The case is closed (办结): the result is in the applicant's hands.
 *
 * @param workingDays working days from acceptance to decision, pauses not counted
 * @param onTime whether the decision came within the (extended) limit
 */
public record CaseCompleted(
        String caseNo, String outcome, int workingDays, boolean onTime, OffsetDateTime completedAt) {}
