package org.onewindow.portal.supervision;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The bureau's cases behind a figure, or a warning list (YELLOW, RED, completed late), by
 * deadline; each row opens the case page of the workbench.
 */
@Controller
class SupervisedCasesController {

    static final String PATH = "/workbench/supervision/cases";

    private final SupervisionClient client;

    SupervisedCasesController(SupervisionClient client) {
        this.client = client;
    }

    @GetMapping(PATH)
    String cases(
            @RequestParam(required = false) String warning,
            @RequestParam(required = false) String department,
            @RequestParam(required = false) String itemCode,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String day,
            @RequestParam(required = false) Integer page,
            Model model) {
        var filter = CaseFilter.of(warning, department, itemCode, status, day, page);
        model.addAttribute("filter", filter);
        model.addAttribute("cases", client.cases(filter));
        model.addAttribute("warnings", CaseFilter.WARNINGS);
        return "supervision/cases";
    }
}
