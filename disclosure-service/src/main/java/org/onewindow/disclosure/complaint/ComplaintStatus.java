package org.onewindow.disclosure.complaint;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Where a complaint stands, as its filer and the supervisors see it; never the contact. */
record ComplaintStatus(
        String ticket,
        Kind kind,
        String subject,
        String content,
        String department,
        String caseNo,
        OffsetDateTime filedAt,
        LocalDate answerDue,
        boolean answered,
        boolean overdue,
        String answer,
        OffsetDateTime answeredAt,
        boolean published) {}
