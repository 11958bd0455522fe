package org.onewindow.portal.disclosure;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.onewindow.portal.system.Htmx;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 办件结果公开: decisions with personal data masked, newest first, filtered by item and paged. */
@Controller
class ResultsController {

    static final int PAGE_SIZE = 20;
    private static final String PATH = "/disclosure/results";

    private final DisclosureClient disclosure;

    ResultsController(DisclosureClient disclosure) {
        this.disclosure = disclosure;
    }

    @GetMapping(PATH)
    String results(
            @RequestParam(required = false) String itemCode,
            @RequestParam(defaultValue = "1") int page,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        // a code no item has (a hand-edited address) is no filter, and the form shows "all items"
        var item = itemCode != null && itemCode.matches("[0-9A-Za-z]{1,40}") ? itemCode : null;
        int number = Pages.clamp(page);
        var results = disclosure.results(item, number - 1, PAGE_SIZE);
        model.addAttribute("items", disclosure.items());
        model.addAttribute("itemCode", item);
        model.addAttribute("results", results);
        model.addAttribute("previousUrl", Pages.url(PATH, "itemCode", item, number - 1));
        model.addAttribute("nextUrl", Pages.url(PATH, "itemCode", item, number + 1));
        model.addAttribute("firstUrl", Pages.url(PATH, "itemCode", item, 1));
        // a cache must not hand the fragment to a plain request for the same address
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        return Htmx.isPartial(request) ? "disclosure/results :: results" : "disclosure/results";
    }
}
