package org.onewindow.contracts.review;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A case turned YELLOW: two working days or less left, or 80% of its time used. */
public record DeadlineWarning(
        String caseNo, String department, LocalDate deadline, int workingDaysLeft, OffsetDateTime at) {}
