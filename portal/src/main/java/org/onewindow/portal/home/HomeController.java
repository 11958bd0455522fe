package org.onewindow.portal.home;

import org.onewindow.portal.catalog.Directory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page. It calls no service, so it still works while the gateway is down. */
@Controller
class HomeController {

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("departments", Directory.DEPARTMENTS);
        model.addAttribute("serviceObjects", Directory.SERVICE_OBJECTS);
        return "home/index";
    }
}
