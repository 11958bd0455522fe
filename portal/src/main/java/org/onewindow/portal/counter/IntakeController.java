package org.onewindow.portal.counter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.onewindow.portal.applications.ApiRefusedException;
import org.onewindow.portal.applications.ApplicationsClient;
import org.onewindow.portal.catalog.CatalogClient;
import org.onewindow.portal.catalog.Directory;
import org.onewindow.portal.catalog.ItemGuide;
import org.onewindow.portal.catalog.PublishedItem;
import org.onewindow.portal.catalog.SearchRequest;
import org.onewindow.portal.filing.FilingPaths;
import org.onewindow.portal.publicapi.ErrorSummary;
import org.onewindow.portal.system.Htmx;
import org.onewindow.portal.system.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * 窗口收件's first two steps: the clerk finds the item in the public catalog, then takes down who
 * the person at the window is. Creating the draft as the clerk makes it a counter case (WINDOW);
 * from there the online filing's steps follow at the counter's addresses ({@link CounterStepsController}).
 */
@Controller
class IntakeController {

    /** Dates are the bureau's: a person born today in Kunming is born today. */
    static final ZoneId BUREAU_TIME = ZoneId.of("Asia/Shanghai");

    static final int MAX_QUERY = 50;
    static final int HITS = 10;

    private final CatalogClient catalog;
    private final ApplicationsClient applications;
    private final NumberChecks checks;
    private final MessageSource messages;

    IntakeController(
            CatalogClient catalog, ApplicationsClient applications, NumberChecks checks, MessageSource messages) {
        this.catalog = catalog;
        this.applications = applications;
        this.checks = checks;
        this.messages = messages;
    }

    @GetMapping(CounterPaths.HOME)
    ModelAndView search(
            @RequestParam(required = false) String q, HttpServletRequest request, HttpServletResponse response) {
        var query = q == null ? "" : q.strip();
        var page = new ModelAndView(Htmx.isPartial(request) ? "counter/search :: results" : "counter/search");
        page.addObject("q", query);
        if (query.length() > MAX_QUERY) {
            page.addObject("queryTooLong", true);
            page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        } else if (!query.isEmpty()) {
            page.addObject("results", catalog.search(new SearchRequest(query, null, null, 0, HITS)));
        }
        // a cache must not hand htmx's fragment to a plain request for the same address, or back
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        return page;
    }

    @GetMapping(CounterPaths.ITEM)
    ModelAndView identity(@PathVariable String code) {
        var item = item(code);
        return identityPage(item, IdentityForm.blank(serviceObjects(item)), ErrorSummary.none(), HttpStatus.OK);
    }

    @PostMapping(CounterPaths.ITEM)
    ModelAndView create(
            @PathVariable String code, @ModelAttribute("identity") IdentityForm identity, BindingResult errors) {
        var item = item(code);
        identity.validate(errors, serviceObjects(item), LocalDate.now(BUREAU_TIME));
        if (!errors.hasErrors()) {
            try {
                var application = applications.create(identity.request(item.code()));
                return FilingPaths.seeOther(CounterPaths.base(application.id()) + "/form");
            } catch (ApiRefusedException refused) {
                if (refused.conflict() || refused.status() == HttpStatus.FORBIDDEN.value()) {
                    throw refused;
                }
                identity.reject(errors, refused.problem());
            }
        }
        var summary = ErrorSummary.of(errors, IdentityForm.FIELDS, messages);
        return identityPage(item, identity, summary, HttpStatus.UNPROCESSABLE_CONTENT);
    }

    /** htmx, after each pause in typing: the identity number's verdict, as a fragment beside it. */
    @PostMapping(CounterPaths.CHECK_ID_NUMBER)
    ModelAndView checkIdNumber(@RequestParam(required = false) String idNumber) {
        return numberCheck(checks.idNumber(idNumber, LocalDate.now(BUREAU_TIME)));
    }

    @PostMapping(CounterPaths.CHECK_CREDIT_CODE)
    ModelAndView checkCreditCode(@RequestParam(required = false) String creditCode) {
        return numberCheck(checks.creditCode(creditCode));
    }

    private static ModelAndView numberCheck(NumberCheck check) {
        var fragment = new ModelAndView("counter/identity :: numberCheck");
        fragment.addObject("check", check);
        return fragment;
    }

    private ItemGuide item(String code) {
        return catalog.item(code)
                .map(PublishedItem::guide)
                .orElseThrow(() -> new NotFoundException("no published item " + code));
    }

    /** 个人 and 法人, in that order, as far as the item serves them. */
    private static List<String> serviceObjects(ItemGuide item) {
        return Directory.SERVICE_OBJECTS.stream()
                .filter(item.serviceObjects()::contains)
                .toList();
    }

    private static ModelAndView identityPage(
            ItemGuide item, IdentityForm identity, ErrorSummary summary, HttpStatus status) {
        var page = new ModelAndView("counter/identity", status);
        page.addObject("item", item);
        page.addObject("identity", identity);
        page.addObject("errorSummary", summary);
        page.addObject("serviceObjects", serviceObjects(item));
        return page;
    }
}
