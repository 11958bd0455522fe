package org.onewindow.portal.supervision;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * An entry of GET /api/disclosure/complaints (the supervisors' worklist), read without the
 * complainant's contact: the dashboard shows only what is due.
 */
record OpenComplaint(Complaint complaint) {

    /** @param overdue unanswered after its 10 working days */
    record Complaint(
            String ticket,
            String kind,
            String subject,
            String department,
            String caseNo,
            OffsetDateTime filedAt,
            LocalDate answerDue,
            boolean answered,
            boolean overdue) {}
}
