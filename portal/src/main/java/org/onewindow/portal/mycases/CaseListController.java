package org.onewindow.portal.mycases;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.onewindow.portal.applications.ApplicationsClient;
import org.onewindow.portal.system.Htmx;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * 我的办件: the signed-in applicant's applications, newest first, a page of 20 (the API's page),
 * filterable by status. A plain GET renders the page; htmx asks for the list section alone.
 */
@Controller
class CaseListController {

    /** The API's page size when none is asked for. */
    static final int PAGE_SIZE = 20;

    static final List<CaseStatus> FILTERS = Arrays.stream(CaseStatus.values())
            .filter(status -> status != CaseStatus.UNKNOWN)
            .toList();

    private final ApplicationsClient applications;

    CaseListController(ApplicationsClient applications) {
        this.applications = applications;
    }

    /**
     * One line of the list.
     *
     * @param submittedOn the day it was submitted, or null for a draft
     */
    record Row(UUID id, String caseNo, String itemName, String statusKey, String submittedOn, String createdOn) {}

    @GetMapping("/my/cases")
    String list(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page,
            Model model,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response) {
        // a hand-edited status or page is no filter and the first page, never an error
        var filter = status == null || status.isBlank() ? null : CaseStatus.of(status);
        if (filter == CaseStatus.UNKNOWN) {
            filter = null;
        }
        int pageNumber = page == null || page < 1 || page > 10_000 ? 1 : page;
        var rows = applications.list(filter == null ? null : filter.name(), pageNumber - 1).stream()
                .map(application -> new Row(
                        application.id(),
                        application.caseNo(),
                        application.itemName(),
                        CaseStatus.of(application).wordKey(),
                        CaseDates.day(application.submittedAt(), locale),
                        CaseDates.day(application.createdAt(), locale)))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("filters", FILTERS);
        model.addAttribute("status", filter == null ? "" : filter.name());
        model.addAttribute("pageNumber", pageNumber);
        model.addAttribute("previousUrl", pageNumber > 1 ? pageUrl(filter, pageNumber - 1) : null);
        model.addAttribute("nextUrl", rows.size() >= PAGE_SIZE ? pageUrl(filter, pageNumber + 1) : null);
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        return Htmx.isPartial(request) ? "mycases/list :: cases" : "mycases/list";
    }

    private static String pageUrl(CaseStatus filter, int pageNumber) {
        var url = UriComponentsBuilder.fromPath("/my/cases");
        if (filter != null) {
            url.queryParam("status", filter.name());
        }
        if (pageNumber > 1) {
            url.queryParam("page", pageNumber);
        }
        return url.build().toUriString();
    }
}
