package org.onewindow.portal.applications;

import java.time.OffsetDateTime;
import java.util.UUID;

/** POST /api/applications/{id}/submit: the case number the applicant keeps. */
public record Submission(UUID applicationId, String caseNo, String status, OffsetDateTime submittedAt) {}
