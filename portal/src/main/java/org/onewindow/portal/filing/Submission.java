package org.onewindow.portal.filing;

import java.time.OffsetDateTime;
import java.util.UUID;

/** POST /api/applications/{id}/submit: the case number the applicant keeps. */
record Submission(UUID applicationId, String caseNo, String status, OffsetDateTime submittedAt) {}
