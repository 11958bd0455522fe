package org.onewindow.review.audit;

import java.time.OffsetDateTime;

/** What one step of a case records: who (actor, role, department), when, what, and the status before and after. */
public record AuditFacts(
        String caseNo,
        String actor,
        String role,
        String department,
        OffsetDateTime at,
        String action,
        String opinion,
        String statusBefore,
        String statusAfter) {}
