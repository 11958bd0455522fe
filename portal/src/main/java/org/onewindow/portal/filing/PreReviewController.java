package org.onewindow.portal.filing;

import java.util.UUID;
import org.onewindow.portal.applications.ApplicationsClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * 预审: the API checks form and materials and tells every problem at once (一次性告知). The page
 * sums them up at its top and tells each again beside its answer or material, with a link to fix
 * it. Asking changes nothing, so it is a GET: a reload asks again.
 */
@Controller
public class PreReviewController {

    private final Drafts drafts;
    private final ApplicationsClient applications;
    private final ProblemMessages problems;
    private final Answers answers;
    private final MaterialViews materials;

    PreReviewController(
            Drafts drafts,
            ApplicationsClient applications,
            ProblemMessages problems,
            Answers answers,
            MaterialViews materials) {
        this.drafts = drafts;
        this.applications = applications;
        this.problems = problems;
        this.answers = answers;
        this.materials = materials;
    }

    @GetMapping(FilingPaths.DRAFT + "/pre-review")
    ModelAndView preReview(@PathVariable String code, @PathVariable UUID id) {
        return preReview(drafts.open(code, id));
    }

    /** Pre-review of a draft, wherever its pages are (online filing's, or the counter's). */
    public ModelAndView preReview(Draft draft) {
        if (!draft.application().draft()) {
            return FilingPaths.seeOther(draft.path("done"));
        }
        var result = applications.preReview(draft.application().id());
        var summary = problems.summarise(
                Issue.allOf(result.problems()),
                Issue.allOf(result.notices()),
                draft.schema(),
                draft.item().materials());
        var page = new ModelAndView("filing/pre-review");
        page.addObject("draft", draft);
        page.addObject("item", draft.item());
        page.addObject("steps", TaskSteps.of(draft, "pre-review"));
        page.addObject("passed", result.passed());
        page.addObject("summary", summary);
        page.addObject("answers", answers.of(draft, summary));
        page.addObject("materials", materials.of(draft, summary));
        return page;
    }
}
