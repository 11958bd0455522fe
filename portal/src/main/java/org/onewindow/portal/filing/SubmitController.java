package org.onewindow.portal.filing;

import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.onewindow.portal.applications.ApiRefusedException;
import org.onewindow.portal.applications.ApplicationsClient;
import org.onewindow.portal.applications.Submission;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * 核对 and 提交. The check page shows everything with 修改 links and carries a fresh idempotency
 * key; submitting sends it as {@code Idempotency-Key}, so a double click, a retry after a timeout
 * or a reload of the post files one case and shows one case number. Then the confirmation.
 */
@Controller
public class SubmitController {

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final Drafts drafts;
    private final ApplicationsClient applications;
    private final ProblemMessages problems;
    private final Answers answers;
    private final MaterialViews materials;
    private final Formats formats;

    SubmitController(
            Drafts drafts,
            ApplicationsClient applications,
            ProblemMessages problems,
            Answers answers,
            MaterialViews materials,
            Formats formats) {
        this.drafts = drafts;
        this.applications = applications;
        this.problems = problems;
        this.answers = answers;
        this.materials = materials;
        this.formats = formats;
    }

    @GetMapping(FilingPaths.DRAFT + "/check")
    ModelAndView check(@PathVariable String code, @PathVariable UUID id) {
        return check(drafts.open(code, id));
    }

    /** The check page of a draft, wherever its pages are (online filing's, or the counter's). */
    public ModelAndView check(Draft draft) {
        if (!draft.application().draft()) {
            return FilingPaths.seeOther(draft.path("done"));
        }
        // one key per rendering of this page: every click of its button is the same submission
        return checkPage(draft, ErrorSummary.none(), UUID.randomUUID().toString(), HttpStatus.OK);
    }

    @PostMapping(FilingPaths.DRAFT + "/submit")
    ModelAndView submit(@PathVariable String code, @PathVariable UUID id, @RequestParam String idempotencyKey) {
        var done = FilingPaths.seeOther("/items/" + code + "/apply/" + id + "/done");
        return submit(id, idempotencyKey, () -> drafts.open(code, id), answer -> done);
    }

    /**
     * Submits with the check page's key, wherever the draft's pages are (online filing's, or the
     * counter's, which keeps the answer's query code for its receipt).
     *
     * @param draft the draft, read only when its check page is shown again with the API's problems
     * @param submitted the page after: given the API's answer, or null when the application was
     *     submitted before under another key
     */
    public ModelAndView submit(
            UUID id, String idempotencyKey, Supplier<Draft> draft, Function<Submission, ModelAndView> submitted) {
        if (!KEY.matcher(idempotencyKey).matches()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "the check page's key was changed");
        }
        try {
            // always asked, even for an application already submitted: the key's first answer comes back
            return submitted.apply(applications.submit(id, idempotencyKey));
        } catch (ApiRefusedException refused) {
            if (refused.conflict() && applications.get(id).caseNo() != null) {
                // submitted already (another tab, another key): its confirmation, not an error
                return submitted.apply(null);
            }
            if (refused.conflict()) {
                throw refused;
            }
            var open = draft.get();
            var summary = problems.summarise(
                    Issue.allOf(refused.problem()), open.schema(), open.item().materials());
            return checkPage(open, summary, idempotencyKey, HttpStatus.UNPROCESSABLE_CONTENT);
        }
    }

    @GetMapping(FilingPaths.DRAFT + "/done")
    ModelAndView done(@PathVariable String code, @PathVariable UUID id) {
        var draft = drafts.open(code, id);
        if (draft.application().draft()) {
            return FilingPaths.seeOther(draft.path("check"));
        }
        var page = new ModelAndView("filing/done");
        page.addObject("draft", draft);
        page.addObject("item", draft.item());
        // not "application": Thymeleaf reads ${application} as the servlet context
        page.addObject("filed", draft.application());
        page.addObject("submittedAt", formats.dateTime(draft.application().submittedAt()));
        page.addObject("materials", materials.of(draft, ErrorSummary.none()));
        return page;
    }

    private ModelAndView checkPage(Draft draft, ErrorSummary summary, String key, HttpStatus status) {
        var page = new ModelAndView("filing/check", status);
        page.addObject("draft", draft);
        page.addObject("item", draft.item());
        // not "application": Thymeleaf reads ${application} as the servlet context
        page.addObject("filed", draft.application());
        page.addObject("steps", TaskSteps.of(draft, "check"));
        page.addObject("summary", summary);
        page.addObject("answers", answers.of(draft, summary));
        page.addObject("materials", materials.of(draft, summary));
        page.addObject("idempotencyKey", key);
        return page;
    }
}
