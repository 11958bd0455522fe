package org.onewindow.disclosure.complaint;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The exposure and correction column (曝光纠错栏): answers the supervisor chose to publish, with
 * the subject and the answer only; the complaint's own text and the complainant stay private.
 */
@RestController
class CorrectionColumn {

    private final ComplaintService complaints;

    CorrectionColumn(ComplaintService complaints) {
        this.complaints = complaints;
    }

    @GetMapping("/api/disclosure/corrections")
    List<ComplaintService.Correction> corrections(
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return complaints.corrections(page, size);
    }
}
