package org.onewindow.portal.workbench;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The staff member's start page after signing in: one card per thing her roles let her do. The
 * cards and the workbench's own navigation (fragments/workbench) both follow {@code @staff}.
 */
@Controller
class WorkbenchController {

    @GetMapping("/workbench")
    String home() {
        return "workbench/home";
    }
}
