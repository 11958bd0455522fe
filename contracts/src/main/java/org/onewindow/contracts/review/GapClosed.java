package org.onewindow.contracts.review;

import java.time.OffsetDateTime;

/** Every material accepted with a gap (容缺) has been handed in; a decision may now approve. */
public record GapClosed(String caseNo, OffsetDateTime closedAt) {}
