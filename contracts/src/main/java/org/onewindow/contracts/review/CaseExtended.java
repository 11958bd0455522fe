package org.onewindow.contracts.review;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The approver extended the limit once (Administrative Licensing Law art. 42: up to 10 working days), with the reason. */
public record CaseExtended(String caseNo, int workingDays, String reason, LocalDate deadline, OffsetDateTime at) {}
