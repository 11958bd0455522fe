package org.onewindow.portal.disclosure;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.onewindow.portal.system.Htmx;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 曝光纠错栏目: the answers to complaints the supervisors chose to publish, newest first. */
@Controller
class CorrectionsController {

    static final int PAGE_SIZE = 10;
    private static final String PATH = "/disclosure/corrections";

    private final DisclosureClient disclosure;

    CorrectionsController(DisclosureClient disclosure) {
        this.disclosure = disclosure;
    }

    @GetMapping(PATH)
    String corrections(
            @RequestParam(defaultValue = "1") int page,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        int number = Pages.clamp(page);
        model.addAttribute("corrections", disclosure.corrections(number - 1, PAGE_SIZE));
        model.addAttribute("previousUrl", Pages.url(PATH, null, null, number - 1));
        model.addAttribute("nextUrl", Pages.url(PATH, null, null, number + 1));
        model.addAttribute("firstUrl", Pages.url(PATH, null, null, 1));
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        return Htmx.isPartial(request) ? "disclosure/corrections :: corrections" : "disclosure/corrections";
    }
}
