package org.onewindow.contracts.review;

import java.time.OffsetDateTime;

/** The approver's decision: APPROVE or DENY, with the reason. */
public record DecisionMade(String caseNo, String decision, String reason, OffsetDateTime decidedAt) {}
