package org.onewindow.disclosure.result;

import java.time.OffsetDateTime;

/** A published decision; {@code applicant} is the masked name, the only personal datum kept. */
record Result(
        String caseNo, String itemCode, String itemName, String applicant, String outcome, OffsetDateTime decidedAt) {}
