package org.onewindow.portal.disclosure;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The disclosure lists' rows, as disclosure-service publishes them (personal data already masked). */
final class Disclosed {

    private Disclosed() {}

    /** A published guide, for the results' item filter. */
    record Item(String code, String name, String type, String department, int version) {}

    /**
     * A decision: who (a natural person's name masked, 张**), which item, what, when.
     *
     * @param outcome APPROVED or DENIED
     */
    record Result(
            String caseNo,
            String itemCode,
            String itemName,
            String applicant,
            String outcome,
            OffsetDateTime decidedAt) {}

    /** The exposure and correction column: a published answer, never the complaint's text or its filer. */
    record Correction(
            String ticket,
            String kind,
            String department,
            String subject,
            String answer,
            LocalDate filedOn,
            LocalDate answeredOn) {}

    /** A notice in the list: everything but the body. {@code kind} is NOTICE or POLICY. */
    record NoticeSummary(String number, String kind, String title, String documentNo, OffsetDateTime publishedAt) {}

    record Notice(
            String number, String kind, String title, String documentNo, String body, OffsetDateTime publishedAt) {}
}
