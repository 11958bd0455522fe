package org.onewindow.contracts.review;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A clerk accepted the case (受理) with a written, dated notice; the clock starts.
 *
 * @param missingMaterials materials accepted with gaps (容缺), to be provided by {@code gapDeadline}
 * @param deemed true when no clerk acted within 5 working days and the law counts it accepted
 */
public record CaseAccepted(
        String caseNo,
        String noticeNo,
        LocalDate deadline,
        List<String> missingMaterials,
        LocalDate gapDeadline,
        boolean deemed,
        OffsetDateTime acceptedAt) {}
