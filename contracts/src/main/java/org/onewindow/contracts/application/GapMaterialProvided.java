package org.onewindow.contracts.application;

import java.time.OffsetDateTime;

/** After acceptance with gaps (容缺), the applicant handed in one of the materials the gap named. */
public record GapMaterialProvided(
        String caseNo, String applicationId, MaterialDigest material, OffsetDateTime providedAt) {}
