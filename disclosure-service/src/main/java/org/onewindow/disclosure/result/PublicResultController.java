package org.onewindow.disclosure.result;

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
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return results.list(itemCode, page, size);
    }
}
