package org.onewindow.contracts.review;

import java.time.OffsetDateTime;

/** One department's opinion in parallel review (并联办理). */
public record OpinionRecorded(
        String caseNo, String department, String opinion, boolean favourable, OffsetDateTime recordedAt) {}
