package org.onewindow.contracts.application;

import java.time.OffsetDateTime;

/**
 * The applicant rated the completed case (好差评, GB/T 39734-2020): 5 very satisfied ... 1 very
 * dissatisfied. A 1 or 2 opens a rectification.
 */
public record ApplicationEvaluated(
        String caseNo,
        String applicationId,
        String itemCode,
        String department,
        String channel,
        int level,
        String comment,
        OffsetDateTime evaluatedAt) {}
