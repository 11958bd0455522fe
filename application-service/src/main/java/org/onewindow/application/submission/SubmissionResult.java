package org.onewindow.application.submission;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What a submission answers: the case number the applicant keeps, and for a counter or provincial
 * case the query code printed on the receipt, with which the applicant follows and rates it.
 */
record SubmissionResult(
        UUID applicationId, String caseNo, String status, OffsetDateTime submittedAt, String queryCode) {}
