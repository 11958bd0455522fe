package org.onewindow.application.tracking;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.onewindow.application.evaluation.Evaluations;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 办件查询 without an account (API.md, turn 2): the case number and the query code from a counter
 * or provincial receipt. A wrong code answers exactly as an unknown case does.
 */
@RestController
@RequestMapping("/api/applications/progress/{caseNo}")
class PublicProgressController {

    private final PublicTracking tracking;

    PublicProgressController(PublicTracking tracking) {
        this.tracking = tracking;
    }

    record Evaluation(
            @NotNull @Min(1) @Max(5) Integer level,
            @Size(max = 500) String comment) {}

    @GetMapping
    PublicProgress progress(
            @PathVariable String caseNo, @RequestParam(required = false) String code, HttpServletRequest request) {
        return tracking.progress(caseNo, code, PublicTracking.address(request));
    }

    @PostMapping("/evaluation")
    ResponseEntity<Void> evaluate(
            @PathVariable String caseNo,
            @RequestParam(required = false) String code,
            @Valid @RequestBody Evaluation evaluation,
            HttpServletRequest request) {
        tracking.rate(
                caseNo,
                code,
                PublicTracking.address(request),
                new Evaluations.Rating(evaluation.level(), evaluation.comment()));
        return ResponseEntity.noContent().build();
    }
}
