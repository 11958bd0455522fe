package org.onewindow.contracts.application;

import java.time.OffsetDateTime;

/**
 * The applicant corrected what a supplement request listed and submitted again (version 2: the
 * form stays in application-service; see {@link ApplicationResubmittedV1}).
 */
public record ApplicationResubmitted(String caseNo, String applicationId, OffsetDateTime resubmittedAt) {}
