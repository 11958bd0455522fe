package org.onewindow.review.casefile;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import org.onewindow.review.certificate.Certificates;

/** What review's web answers say about a case: views made for the reader, never the stored row. */
final class CaseViews {

    private CaseViews() {}

    enum ClockState {
        NOT_STARTED,
        RUNNING,
        STOPPED,
        ENDED
    }

    /** A case, its status and its clock; the answer to every step taken on it. */
    record CaseSummary(
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
            ClockState clock,
            String specialProcedure,
            List<String> openGapMaterials,
            LocalDate gapDeadline,
            String warning,
            String decision,
            String decisionReason) {

        static CaseSummary of(ReviewCase c) {
            var s = c.state();
            var t = s.timing();
            return new CaseSummary(
                    s.caseNo(),
                    c.applicationId(),
                    c.itemCode(),
                    c.itemVersion(),
                    c.itemName(),
                    c.department(),
                    s.reviewDepartments(),
                    c.channel(),
                    c.applicantName(),
                    s.status().name(),
                    c.submittedAt(),
                    s.receivedAt(),
                    t.acceptedOn(),
                    t.deadline(),
                    t.promisedDays(),
                    t.pausedDays(),
                    t.extensionDays(),
                    clock(s),
                    t.specialProcedure(),
                    List.copyOf(new TreeSet<>(s.openGap())),
                    s.gapDeadline(),
                    s.warning().name(),
                    s.decision(),
                    s.decisionReason());
        }

        private static ClockState clock(CaseState s) {
            if (s.status().decided()) {
                return ClockState.ENDED;
            }
            if (s.timing().acceptedOn() == null) {
                return ClockState.NOT_STARTED;
            }
            return s.timing().stoppedSince() != null ? ClockState.STOPPED : ClockState.RUNNING;
        }
    }

    record OpinionView(String department, String reviewer, String opinion, boolean favourable, OffsetDateTime at) {
        static OpinionView of(CaseStore.Opinion o) {
            return new OpinionView(o.department(), o.reviewer(), o.opinion(), o.favourable(), o.at());
        }
    }

    record GapMaterialView(String materialId, LocalDate gapDeadline, boolean open, OffsetDateTime providedAt) {
        static GapMaterialView of(CaseStore.GapMaterial g) {
            return new GapMaterialView(g.materialId(), g.gapDeadline(), g.providedAt() == null, g.providedAt());
        }
    }

    /**
     * {@code GET /api/review/cases/{caseNo}}: the case, the departments' opinions, its gap materials
     * and, once approved, its certificate whole (content, signature and the verification code to
     * print on it), for the staff who hand it over; null before.
     */
    record CaseView(
            CaseSummary reviewCase,
            List<OpinionView> opinions,
            List<GapMaterialView> gapMaterials,
            Certificates.IssuedCertificate certificate) {}
}
