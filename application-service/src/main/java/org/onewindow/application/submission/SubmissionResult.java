package org.onewindow.application.submission;

import java.time.OffsetDateTime;
import java.util.UUID;

/** What a submission answers: the case number the applicant keeps. */
record SubmissionResult(UUID applicationId, String caseNo, String status, OffsetDateTime submittedAt) {}
