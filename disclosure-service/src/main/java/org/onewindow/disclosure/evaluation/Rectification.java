package org.onewindow.disclosure.evaluation;

import java.time.LocalDate;

/** A poor review's rectification as the public sees it; the report's numbers are masked. */
record Rectification(
        String caseNo,
        String itemCode,
        String itemName,
        String department,
        int level,
        LocalDate openedOn,
        LocalDate callBackDue,
        LocalDate calledBackOn,
        LocalDate rectificationDue,
        LocalDate reportedOn,
        String report,
        RectificationStatus.State state,
        boolean late) {}
