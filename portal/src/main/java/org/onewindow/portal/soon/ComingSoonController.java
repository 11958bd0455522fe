package org.onewindow.portal.soon;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Pages whose service is not online yet. Each says in plain words what will be here and where to
 * go meanwhile (the service hall, 12345); none pretends to work. Later slices replace them one by one.
 */
@Controller
class ComingSoonController {

    @GetMapping("/progress")
    String progress(Model model) {
        return page(model, "progress");
    }

    @GetMapping("/complaints")
    String complaints(Model model) {
        return page(model, "complaints");
    }

    @GetMapping("/certificates/verify")
    String certificates(Model model) {
        return page(model, "certificates");
    }

    @GetMapping("/disclosure")
    String disclosure(Model model) {
        return page(model, "disclosure");
    }

    private static String page(Model model, String which) {
        model.addAttribute("which", which);
        return "soon/page";
    }
}
