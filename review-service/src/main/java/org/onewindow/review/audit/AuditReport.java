package org.onewindow.review.audit;

import java.util.List;

/**
 * A case's trail and whether it holds: every link, and every head a signed checkpoint anchored.
 *
 * @param firstBrokenSequence the first entry that does not hold or is missing; null if it verifies
 * @param anchoredSequence the newest entry a checkpoint anchored; null before the first checkpoint
 * @param problem what does not hold; null if it verifies
 */
public record AuditReport(
        String caseNo,
        boolean verified,
        Long firstBrokenSequence,
        Long anchoredSequence,
        String problem,
        List<AuditEntry> entries) {}
