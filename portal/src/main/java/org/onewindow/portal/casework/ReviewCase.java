package org.onewindow.portal.casework;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * GET /api/review/cases/{caseNo} (review-service's CaseView): the case and its clock, every
 * department's opinion, the gap materials and, once approved, the certificate.
 */
public record ReviewCase(
        Summary reviewCase, List<Opinion> opinions, List<GapMaterial> gapMaterials, Certificate certificate) {

    public ReviewCase {
        opinions = opinions == null ? List.of() : List.copyOf(opinions);
        gapMaterials = gapMaterials == null ? List.of() : List.copyOf(gapMaterials);
    }

    /**
     * The case, its status and clock.
     *
     * @param clock NOT_STARTED, RUNNING, STOPPED or ENDED
     * @param applicantName as review has it (masked where the API masks it)
     */
    public record Summary(
            String caseNo,
            UUID applicationId,
            String itemCode,
            int itemVersion,
            String itemName,
            String department,
            List<String> reviewDepartments,
            String channel,
            String applicantName,
            String status,
            OffsetDateTime submittedAt,
            OffsetDateTime receivedAt,
            LocalDate acceptedOn,
            LocalDate deadline,
            int promisedDays,
            int pausedDays,
            int extensionDays,
            String clock,
            String specialProcedure,
            List<String> openGapMaterials,
            LocalDate gapDeadline,
            String warning,
            String decision,
            String decisionReason) {

        public Summary {
            reviewDepartments = reviewDepartments == null ? List.of() : List.copyOf(reviewDepartments);
            openGapMaterials = openGapMaterials == null ? List.of() : List.copyOf(openGapMaterials);
        }

        public boolean running() {
            return "ACCEPTED".equals(status) || "IN_REVIEW".equals(status);
        }
    }

    public record Opinion(String department, String reviewer, String opinion, boolean favourable, OffsetDateTime at) {}

    public record GapMaterial(String materialId, LocalDate gapDeadline, boolean open, OffsetDateTime providedAt) {}

    /** The issued certificate whole; its number is in its content. */
    public record Certificate(Content content, String verificationCode, boolean revoked) {

        public record Content(String certificateNo, String holder, LocalDate issuedOn, LocalDate validUntil) {}

        public String number() {
            return content == null ? null : content.certificateNo();
        }
    }

    /** The departments that have given their opinion. */
    Set<String> opinionsFrom() {
        return opinions.stream().map(Opinion::department).collect(Collectors.toSet());
    }
}
