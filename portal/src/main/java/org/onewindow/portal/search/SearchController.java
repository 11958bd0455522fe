package org.onewindow.portal.search;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.onewindow.portal.catalog.CatalogClient;
import org.onewindow.portal.catalog.Directory;
import org.onewindow.portal.system.Htmx;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Search results. A plain GET renders the whole page; htmx asks for the search section alone
 * (form, count, hits and pager) and swaps it in place.
 */
@Controller
class SearchController {

    private final CatalogClient catalog;

    SearchController(CatalogClient catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/search")
    String search(
            @Valid @ModelAttribute("form") SearchForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        model.addAttribute("departments", Directory.DEPARTMENTS);
        model.addAttribute("serviceObjects", Directory.SERVICE_OBJECTS);
        if (!errors.hasErrors()) {
            var results = catalog.search(form.toRequest());
            model.addAttribute("results", results);
            model.addAttribute("previousUrl", form.pageUrl(form.pageNumber() - 1));
            model.addAttribute("nextUrl", form.pageUrl(form.pageNumber() + 1));
        }
        // a cache must not hand the fragment to a plain request for the same address, or back
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        return Htmx.isPartial(request) ? "search/results :: search" : "search/results";
    }
}
