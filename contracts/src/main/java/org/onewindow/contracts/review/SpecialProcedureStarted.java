package org.onewindow.contracts.review;

import java.time.OffsetDateTime;

/** A special procedure began (特别程序: HEARING, EXPERT_REVIEW, INSPECTION); its time does not count. */
public record SpecialProcedureStarted(String caseNo, String procedure, String note, OffsetDateTime at) {}
