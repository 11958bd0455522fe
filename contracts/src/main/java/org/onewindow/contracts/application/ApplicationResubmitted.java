package org.onewindow.contracts.application;

import java.time.OffsetDateTime;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** The applicant corrected what a supplement request listed and submitted again. */
public record ApplicationResubmitted(
        String caseNo,
        String applicationId,
        JsonNode form,
        List<MaterialDigest> materials,
        OffsetDateTime resubmittedAt) {}
