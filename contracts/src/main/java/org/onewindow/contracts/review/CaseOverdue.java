package org.onewindow.contracts.review;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A case passed its deadline without a decision: RED. */
public record CaseOverdue(String caseNo, String department, LocalDate deadline, OffsetDateTime at) {}
