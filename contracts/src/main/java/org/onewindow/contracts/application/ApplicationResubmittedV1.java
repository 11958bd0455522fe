package org.onewindow.contracts.application;

import java.time.OffsetDateTime;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Version 1 of {@link ApplicationResubmitted}, which carried the whole form; read through {@link #current()}. */
public record ApplicationResubmittedV1(
        String caseNo,
        String applicationId,
        JsonNode form,
        List<MaterialDigest> materials,
        OffsetDateTime resubmittedAt) {

    public ApplicationResubmitted current() {
        return new ApplicationResubmitted(caseNo, applicationId, resubmittedAt);
    }
}
