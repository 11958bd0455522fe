package org.onewindow.disclosure.result;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Decision results for the public: who (masked), which item, what was decided and when. */
@RestController
class PublicResultController {

    private final PublicResultService results;

    PublicResultController(PublicResultService results) {
        this.results = results;
    }

    @GetMapping("/api/disclosure/results")
    List<Result> results(
            @RequestParam(required = false) String itemCode,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return results.list(itemCode, page, size);
    }
}
