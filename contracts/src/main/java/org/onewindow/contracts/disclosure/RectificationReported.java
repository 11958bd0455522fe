package org.onewindow.contracts.disclosure;

import java.time.OffsetDateTime;

/**
 * The bureau reported the rectification of a poor review: the applicant may now rate the case
 * once more (GB/T 39734-2020 follow-up rating).
 */
public record RectificationReported(String caseNo, String department, OffsetDateTime reportedAt) {}
