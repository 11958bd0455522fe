package org.onewindow.portal.soon;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Pages whose service is not online yet. Each says in plain words what will be here and where to
 * go meanwhile (the service hall, 12345); none pretends to work. Later slices replace them one by one
 * (progress, complaints, certificate check and disclosure have their own pages now).
 */
@Controller
class ComingSoonController {

    @GetMapping("/items/{code:[0-9A-Za-z]{1,40}}/apply")
    String apply(@PathVariable String code, Model model) {
        model.addAttribute("itemCode", code);
        return page(model, "apply");
    }

    private static String page(Model model, String which) {
        model.addAttribute("which", which);
        return "soon/page";
    }
}
