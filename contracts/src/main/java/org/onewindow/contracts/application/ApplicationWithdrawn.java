package org.onewindow.contracts.application;

import java.time.OffsetDateTime;

/** The applicant withdrew before a decision. */
public record ApplicationWithdrawn(String caseNo, String applicationId, String reason, OffsetDateTime withdrawnAt) {}
