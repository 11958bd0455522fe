package org.onewindow.review.casefile;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.onewindow.contracts.review.SupplementRequested;
import org.onewindow.platform.security.Caller;
import org.onewindow.platform.web.ProblemException;
import org.onewindow.review.audit.AuditReport;
import org.onewindow.review.audit.AuditVerifier;
import org.onewindow.review.casefile.CaseViews.CaseSummary;
import org.onewindow.review.casefile.CaseViews.CaseView;
import org.onewindow.review.casefile.CaseViews.GapMaterialView;
import org.onewindow.review.casefile.CaseViews.OpinionView;
import org.onewindow.review.certificate.Certificates;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case, its trail and the staff's steps on it (API.md, review-service). Roles are checked by
 * SecurityConfig; who sees which case by {@link CaseAccess}.
 */
@RestController
@RequestMapping("/api/review/cases/{caseNo}")
class CaseController {

    private final CaseWork work;
    private final CaseStore cases;
    private final Certificates certificates;
    private final AuditVerifier audit;

    CaseController(CaseWork work, CaseStore cases, Certificates certificates, AuditVerifier audit) {
        this.work = work;
        this.cases = cases;
        this.certificates = certificates;
        this.audit = audit;
    }

    record Acceptance(List<@NotBlank String> missingMaterials, LocalDate gapDeadline) {}

    record NonAcceptance(@NotBlank @Size(max = 2000) String legalReason) {}

    record SupplementItem(
            @Size(max = 50) String materialId,
            @Size(max = 100) String field,
            @NotBlank @Size(max = 500) String description) {}

    record SupplementRequest(@NotEmpty @Size(max = 50) List<@Valid @NotNull SupplementItem> items) {}

    record OpinionRequest(
            @NotBlank @Size(max = 2000) String opinion,
            @NotNull Boolean favourable) {}

    record DecisionRequest(
            @NotNull @Pattern(regexp = "APPROVE|DENY") String decision,
            @NotBlank @Size(max = 2000) String reason) {}

    record ExtensionRequest(
            @NotNull
            @jakarta.validation.constraints.Min(1)
            @jakarta.validation.constraints.Max(CaseLifecycle.MAX_EXTENSION)
            Integer workingDays,

            @NotBlank @Size(max = 2000) String reason) {}

    record SpecialProcedureRequest(
            @NotNull @Pattern(regexp = "HEARING|EXPERT_REVIEW|INSPECTION")
            String procedure,

            @NotBlank @Size(max = 2000) String note) {}

    @GetMapping
    CaseView view(@PathVariable String caseNo) {
        var c = visible(caseNo);
        return new CaseView(
                CaseSummary.of(c),
                cases.opinions(caseNo).stream().map(OpinionView::of).toList(),
                cases.gapMaterials(caseNo).stream().map(GapMaterialView::of).toList(),
                certificates.ofCase(caseNo).orElse(null));
    }

    /** The case's trail and whether it holds, link by link and against the signed checkpoints. */
    @GetMapping("/audit")
    AuditReport audit(@PathVariable String caseNo) {
        visible(caseNo);
        return audit.report(caseNo);
    }

    /** The case, if the caller may see it; for anyone else it does not exist. */
    private ReviewCase visible(String caseNo) {
        return cases.find(caseNo)
                .filter(c -> CaseAccess.maySee(Caller.current(), c.state()))
                .orElseThrow(() -> ProblemException.notFound("no case " + caseNo));
    }

    @PostMapping("/accept")
    CaseSummary accept(@PathVariable String caseNo, @Valid @RequestBody(required = false) Acceptance acceptance) {
        return CaseSummary.of(
                acceptance == null
                        ? work.accept(caseNo, List.of(), null)
                        : work.accept(caseNo, acceptance.missingMaterials(), acceptance.gapDeadline()));
    }

    @PostMapping("/not-accept")
    CaseSummary notAccept(@PathVariable String caseNo, @Valid @RequestBody NonAcceptance request) {
        return CaseSummary.of(work.notAccept(caseNo, request.legalReason()));
    }

    @PostMapping("/request-supplement")
    CaseSummary requestSupplement(@PathVariable String caseNo, @Valid @RequestBody SupplementRequest request) {
        return CaseSummary.of(work.requestSupplement(
                caseNo,
                request.items().stream()
                        .map(i -> new SupplementRequested.Item(i.materialId(), i.field(), i.description()))
                        .toList()));
    }

    @PostMapping("/opinions")
    CaseSummary opinion(@PathVariable String caseNo, @Valid @RequestBody OpinionRequest request) {
        return CaseSummary.of(work.recordOpinion(caseNo, request.opinion(), request.favourable()));
    }

    @PostMapping("/decision")
    CaseSummary decide(@PathVariable String caseNo, @Valid @RequestBody DecisionRequest request) {
        return CaseSummary.of(work.decide(caseNo, "APPROVE".equals(request.decision()), request.reason()));
    }

    @PostMapping("/extension")
    CaseSummary extend(@PathVariable String caseNo, @Valid @RequestBody ExtensionRequest request) {
        return CaseSummary.of(work.extend(caseNo, request.workingDays(), request.reason()));
    }

    @PostMapping("/special-procedure")
    CaseSummary startSpecialProcedure(
            @PathVariable String caseNo, @Valid @RequestBody SpecialProcedureRequest request) {
        return CaseSummary.of(work.startSpecialProcedure(caseNo, request.procedure(), request.note()));
    }

    @PostMapping("/special-procedure/end")
    CaseSummary endSpecialProcedure(@PathVariable String caseNo) {
        return CaseSummary.of(work.endSpecialProcedure(caseNo));
    }
}
