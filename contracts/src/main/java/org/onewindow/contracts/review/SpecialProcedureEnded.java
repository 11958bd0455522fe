package org.onewindow.contracts.review;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A special procedure ended; the clock runs again and the deadline moved by its working days. */
public record SpecialProcedureEnded(
        String caseNo, String procedure, int workingDays, LocalDate deadline, OffsetDateTime at) {}
