package org.onewindow.portal.filing;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.onewindow.portal.applications.ApiProblem;
import org.onewindow.portal.applications.ApiRefusedException;
import org.onewindow.portal.applications.ApplicationsClient;
import org.onewindow.portal.catalog.ItemGuide;
import org.onewindow.portal.system.Htmx;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartRequest;
import org.springframework.web.servlet.ModelAndView;

/**
 * 上传材料: one file input per material, all sent in one plain form post (htmx sends the same
 * form and shows its progress). Each file goes on to the API's slot for its material; a refused
 * one is told beside its material, and the others are kept.
 */
@Controller
public class MaterialsController {

    static final String NO_FILE_CHOSEN = "NO_FILE_CHOSEN";
    static final String TOO_LARGE = "PAYLOAD_TOO_LARGE";

    private final Drafts drafts;
    private final ApplicationsClient applications;
    private final ProblemMessages problems;
    private final MaterialViews views;

    MaterialsController(Drafts drafts, ApplicationsClient applications, ProblemMessages problems, MaterialViews views) {
        this.drafts = drafts;
        this.applications = applications;
        this.problems = problems;
        this.views = views;
    }

    @GetMapping(FilingPaths.DRAFT + "/materials")
    ModelAndView materials(
            @PathVariable String code,
            @PathVariable UUID id,
            @RequestParam(required = false) Integer uploaded,
            @RequestParam(required = false) String tooLarge,
            HttpServletRequest request,
            HttpServletResponse response) {
        return materials(drafts.open(code, id), uploaded, tooLarge, request, response);
    }

    /** The materials page of a draft, wherever its pages are (online filing's, or the counter's). */
    public ModelAndView materials(
            Draft draft, Integer uploaded, String tooLarge, HttpServletRequest request, HttpServletResponse response) {
        if (!draft.application().draft()) {
            return FilingPaths.seeOther(draft.path("done"));
        }
        // tooLarge: the whole post was over the portal's limit and never reached a controller
        var summary = tooLarge == null
                ? ErrorSummary.none()
                : summary(draft, List.of(new Issue("REQUEST_TOO_LARGE", null, null, null)));
        // a cache must not hand htmx's fragment to a plain request for the same address, or back
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        return page(
                draft,
                summary,
                uploaded,
                request,
                summary.hasErrors() ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK);
    }

    @PostMapping(path = FilingPaths.DRAFT + "/materials", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ModelAndView upload(
            @PathVariable String code, @PathVariable UUID id, MultipartRequest files, HttpServletRequest request) {
        return upload(drafts.open(code, id), files, request);
    }

    public ModelAndView upload(Draft draft, MultipartRequest files, HttpServletRequest request) {
        var id = draft.application().id();
        if (!draft.application().draft()) {
            return FilingPaths.seeOther(draft.path("done"));
        }
        var issues = new ArrayList<Issue>();
        int uploaded = 0;
        for (var material : draft.item().materials()) {
            var file = files.getFile(material.id());
            if (file == null || file.isEmpty()) {
                continue;
            }
            if (tooLarge(material, file)) {
                issues.add(Issue.material(material.id(), TOO_LARGE, null));
                continue;
            }
            try {
                applications.upload(id, material.id(), file);
                uploaded++;
            } catch (ApiRefusedException refused) {
                if (refused.conflict()) {
                    throw refused;
                }
                issues.addAll(issues(material.id(), refused.problem()));
            }
        }
        if (uploaded == 0 && issues.isEmpty()) {
            issues.add(new Issue(NO_FILE_CHOSEN, null, null, null));
        }
        if (issues.isEmpty() && !Htmx.isPartial(request)) {
            return FilingPaths.seeOther(draft.path("materials") + "?uploaded=" + uploaded);
        }
        // read again: the page lists what did arrive, beside what was refused
        var now = uploaded == 0 ? draft : drafts.reopen(draft);
        var status = issues.isEmpty() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT;
        return page(now, summary(now, issues), uploaded, request, status);
    }

    /** Told before sending: a file over the material's limit would only be refused by the API. */
    private static boolean tooLarge(ItemGuide.Material material, MultipartFile file) {
        return material.maxSizeKb() != null && file.getSize() > material.maxSizeKb() * 1024L;
    }

    /** The API names the part ("file"); here the problem is the material's. */
    private static List<Issue> issues(String materialId, ApiProblem problem) {
        if (problem.errors().isEmpty()) {
            return List.of(Issue.material(materialId, problem.slug(), problem.detail()));
        }
        return problem.errors().stream()
                .map(error -> Issue.material(materialId, error.code(), error.message()))
                .toList();
    }

    private ErrorSummary summary(Draft draft, List<Issue> issues) {
        return problems.summarise(issues, draft.schema(), draft.item().materials());
    }

    private ModelAndView page(
            Draft draft, ErrorSummary summary, Integer uploaded, HttpServletRequest request, HttpStatus status) {
        // htmx swaps the page's content in place; a plain post gets the whole page
        var view = Htmx.isPartial(request) ? "filing/materials :: content" : "filing/materials";
        var page = new ModelAndView(view, status);
        page.addObject("draft", draft);
        page.addObject("item", draft.item());
        page.addObject("steps", TaskSteps.of(draft, "materials"));
        page.addObject("materials", views.of(draft, summary));
        page.addObject("summary", summary);
        page.addObject("uploaded", uploaded == null ? 0 : uploaded);
        return page;
    }
}
