package org.onewindow.portal.applications;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * POST /api/applications/{id}/submit: the case number the applicant keeps, and for a case filed at
 * the counter the query code printed on its receipt (null online).
 */
public record Submission(
        UUID applicationId, String caseNo, String status, OffsetDateTime submittedAt, String queryCode) {}
