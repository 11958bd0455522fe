package org.onewindow.disclosure.evaluation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.onewindow.platform.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Satisfaction and the rectification of poor reviews, for the public (API.md); supervisors record
 * the call-back and the rectification report. The applicant's comment is never shown.
 */
@RestController
class EvaluationController {

    private final EvaluationService evaluations;

    EvaluationController(EvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    record StepInput(@NotBlank @Size(max = 2000) String note) {}

    @GetMapping("/api/disclosure/evaluations")
    Evaluations evaluations(
            @RequestParam(required = false) String department,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return evaluations.evaluations(department, from, to, page, size);
    }

    @PostMapping("/api/disclosure/evaluations/{caseNo}/call-back")
    Rectification callBack(@PathVariable String caseNo, @Valid @RequestBody StepInput input) {
        return evaluations.callBack(caseNo, input.note(), Caller.current().username());
    }

    @PostMapping("/api/disclosure/evaluations/{caseNo}/rectification")
    Rectification report(@PathVariable String caseNo, @Valid @RequestBody StepInput input) {
        return evaluations.report(caseNo, input.note(), Caller.current().username());
    }
}
