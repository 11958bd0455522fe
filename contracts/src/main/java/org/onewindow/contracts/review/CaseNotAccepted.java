package org.onewindow.contracts.review;

import java.time.OffsetDateTime;

/** The case was not accepted (不予受理), with the legal reason. */
public record CaseNotAccepted(String caseNo, String noticeNo, String legalReason, OffsetDateTime decidedAt) {}
