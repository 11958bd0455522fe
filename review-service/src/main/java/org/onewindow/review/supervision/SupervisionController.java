package org.onewindow.review.supervision;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import org.onewindow.review.casefile.CaseStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Supervisors (效能监督) over the whole bureau: the cases by status, submissions per day and the
 * warned cases as figures, and the cases behind each figure, by deadline. Supervisor only
 * (SecurityConfig); no applicant's name or number is in either answer.
 */
@RestController
class SupervisionController {

    private final Supervision supervision;

    SupervisionController(Supervision supervision) {
        this.supervision = supervision;
    }

    @GetMapping("/api/review/supervision/overview")
    Overview overview(@RequestParam(defaultValue = "30") @Min(1) @Max(Supervision.MAX_DAYS) int days) {
        return supervision.overview(days);
    }

    @GetMapping("/api/review/supervision/cases")
    SupervisedCase.Page cases(
            @RequestParam(required = false) Warning warning,
            @RequestParam(required = false) String department,
            @RequestParam(required = false) String itemCode,
            @RequestParam(required = false) CaseStatus status,
            @RequestParam(required = false) LocalDate day,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(Supervision.MAX_SIZE) int size) {
        return supervision.cases(
                new SupervisionStore.Filter(warning, blankAsNull(department), blankAsNull(itemCode), status, day),
                page,
                size);
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
