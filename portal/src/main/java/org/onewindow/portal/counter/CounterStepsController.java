package org.onewindow.portal.counter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.onewindow.portal.filing.Draft;
import org.onewindow.portal.filing.Drafts;
import org.onewindow.portal.filing.FilingPaths;
import org.onewindow.portal.filing.FormController;
import org.onewindow.portal.filing.Formats;
import org.onewindow.portal.filing.MaterialsController;
import org.onewindow.portal.filing.PreReviewController;
import org.onewindow.portal.filing.SubmitController;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartRequest;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The counter case's draft, step by step: the same steps as online filing (填写表单 → 上传材料 →
 * 预审 → 核对 → 提交), done by filing's own code at the counter's addresses and drawn in the
 * workbench's frame; then the receipt (收件回执) with the case number and the query code.
 *
 * <p>The query code is in the submission's answer only. It goes from the submission to the receipt
 * as a flash attribute: kept in the clerk's session for the one redirect, never in an address (so
 * never in the browser's history, a Referer or an access log), and gone once the receipt has shown
 * it. A reload of the receipt shows the case without it; the printed receipt is where it stays.
 */
@Controller
class CounterStepsController {

    static final String QUERY_CODE = "queryCode";

    private final Drafts drafts;
    private final FormController forms;
    private final MaterialsController materials;
    private final PreReviewController preReviews;
    private final SubmitController submissions;
    private final Formats formats;

    CounterStepsController(
            Drafts drafts,
            FormController forms,
            MaterialsController materials,
            PreReviewController preReviews,
            SubmitController submissions,
            Formats formats) {
        this.drafts = drafts;
        this.forms = forms;
        this.materials = materials;
        this.preReviews = preReviews;
        this.submissions = submissions;
        this.formats = formats;
    }

    @GetMapping(CounterPaths.DRAFT + "/form")
    ModelAndView form(@PathVariable UUID id) {
        return atCounter(forms.form(open(id)));
    }

    @PostMapping(CounterPaths.DRAFT + "/form")
    ModelAndView save(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> submitted) {
        return atCounter(forms.save(open(id), submitted));
    }

    @GetMapping(CounterPaths.DRAFT + "/materials")
    ModelAndView materials(
            @PathVariable UUID id,
            @RequestParam(required = false) Integer uploaded,
            HttpServletRequest request,
            HttpServletResponse response) {
        return atCounter(materials.materials(open(id), uploaded, null, request, response));
    }

    @PostMapping(path = CounterPaths.DRAFT + "/materials", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ModelAndView upload(@PathVariable UUID id, MultipartRequest files, HttpServletRequest request) {
        return atCounter(materials.upload(open(id), files, request));
    }

    @GetMapping(CounterPaths.DRAFT + "/pre-review")
    ModelAndView preReview(@PathVariable UUID id) {
        return atCounter(preReviews.preReview(open(id)));
    }

    @GetMapping(CounterPaths.DRAFT + "/check")
    ModelAndView check(@PathVariable UUID id) {
        return atCounter(submissions.check(open(id)));
    }

    @PostMapping(CounterPaths.DRAFT + "/submit")
    ModelAndView submit(@PathVariable UUID id, @RequestParam String idempotencyKey, RedirectAttributes flash) {
        var receipt = FilingPaths.seeOther(CounterPaths.base(id) + "/receipt");
        var page = submissions.submit(id, idempotencyKey, () -> open(id), answer -> {
            if (answer != null && answer.queryCode() != null) {
                flash.addFlashAttribute(QUERY_CODE, answer.queryCode());
            }
            return receipt;
        });
        return atCounter(page);
    }

    /** Where filing's steps send a draft that is no longer one: here, its receipt. */
    @GetMapping(CounterPaths.DRAFT + "/done")
    ModelAndView done(@PathVariable UUID id) {
        return FilingPaths.seeOther(CounterPaths.base(id) + "/receipt");
    }

    @GetMapping(CounterPaths.DRAFT + "/receipt")
    ModelAndView receipt(@PathVariable UUID id, HttpServletRequest request) {
        var draft = open(id);
        if (draft.application().draft()) {
            return FilingPaths.seeOther(draft.path("check"));
        }
        var flashed = RequestContextUtils.getInputFlashMap(request);
        var page = new ModelAndView("counter/receipt");
        page.addObject("item", draft.item());
        // not "application": Thymeleaf reads ${application} as the servlet context
        page.addObject("filed", draft.application());
        page.addObject("submittedAt", formats.dateTime(draft.application().submittedAt()));
        page.addObject(QUERY_CODE, flashed == null ? null : flashed.get(QUERY_CODE));
        return page;
    }

    private Draft open(UUID id) {
        return drafts.open(id, CounterPaths.base(id));
    }

    /**
     * Filing's page in the workbench's frame: {@code counter/form} shows {@code filing/form}'s
     * content under the workbench's navigation (a redirect has no view name and stays as it is).
     */
    static ModelAndView atCounter(ModelAndView page) {
        var view = page.getViewName();
        if (view != null && view.startsWith("filing/")) {
            page.setViewName("counter/" + view.substring("filing/".length()));
        }
        return page;
    }
}
