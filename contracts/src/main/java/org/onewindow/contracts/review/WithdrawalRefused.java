package org.onewindow.contracts.review;

import java.time.OffsetDateTime;

/**
 * An applicant's withdrawal reached review after the case was decided: the decision stands, and
 * the applicant is told why the withdrawal did not take effect.
 */
public record WithdrawalRefused(String caseNo, String status, String reason, OffsetDateTime refusedAt) {}
