package org.onewindow.contracts.review;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Review took the applicant's supplement and says where the case stands now. Review owns the case,
 * so it alone says whether a supplement asked for during review sends the case back into review
 * (with the clock running again) or back to the clerk for acceptance.
 *
 * @param status where the case is now: SUBMITTED (awaiting acceptance), ACCEPTED or IN_REVIEW
 * @param deadline the moved deadline once accepted; null before acceptance
 */
public record SupplementReceived(String caseNo, String status, LocalDate deadline, OffsetDateTime receivedAt) {}
