package org.onewindow.portal.filing;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.onewindow.portal.applications.ApiRefusedException;
import org.onewindow.portal.applications.ApplicationsClient;
import org.onewindow.portal.applications.SavedForm;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * 填写表单: the form generated from the item's schema. Text that is not of the field's type is
 * told beside the field and nothing is sent; otherwise the form is saved, and what the schema still
 * finds wrong is told the same way (the draft keeps what was saved).
 */
@Controller
public class FormController {

    private final Drafts drafts;
    private final ApplicationsClient applications;
    private final ProblemMessages problems;
    private final FormViews views;

    FormController(Drafts drafts, ApplicationsClient applications, ProblemMessages problems, FormViews views) {
        this.drafts = drafts;
        this.applications = applications;
        this.problems = problems;
        this.views = views;
    }

    @GetMapping(FilingPaths.DRAFT + "/form")
    ModelAndView form(@PathVariable String code, @PathVariable UUID id) {
        return form(drafts.open(code, id));
    }

    /** The form of a draft, wherever its pages are (online filing's, or the counter's). */
    public ModelAndView form(Draft draft) {
        if (!draft.application().draft()) {
            return FilingPaths.seeOther(draft.path("done"));
        }
        var values = FormConversion.texts(draft.schema(), draft.application().form());
        return page(draft, values, ErrorSummary.none(), false, HttpStatus.OK);
    }

    @PostMapping(FilingPaths.DRAFT + "/form")
    ModelAndView save(
            @PathVariable String code, @PathVariable UUID id, @RequestParam MultiValueMap<String, String> submitted) {
        return save(drafts.open(code, id), submitted);
    }

    public ModelAndView save(Draft draft, MultiValueMap<String, String> submitted) {
        if (!draft.application().draft()) {
            return FilingPaths.seeOther(draft.path("done"));
        }
        var typed = FormConversion.texts(draft.schema(), submitted);
        var converted = FormConversion.convert(draft.schema(), submitted);
        if (!converted.converted()) {
            return page(draft, typed, summary(draft, converted.issues()), false, HttpStatus.UNPROCESSABLE_CONTENT);
        }
        SavedForm saved;
        try {
            saved = applications.saveForm(draft.application().id(), converted.values());
        } catch (ApiRefusedException refused) {
            if (refused.conflict()) {
                throw refused;
            }
            var issues = Issue.allOf(refused.problem());
            return page(draft, typed, summary(draft, issues), false, HttpStatus.UNPROCESSABLE_CONTENT);
        }
        if (saved.problems().isEmpty()) {
            return FilingPaths.seeOther(draft.path("materials"));
        }
        var values = FormConversion.texts(draft.schema(), saved.form());
        return page(
                draft, values, summary(draft, Issue.allOf(saved.problems())), true, HttpStatus.UNPROCESSABLE_CONTENT);
    }

    private ErrorSummary summary(Draft draft, List<Issue> issues) {
        return problems.summarise(issues, draft.schema(), draft.item().materials());
    }

    private ModelAndView page(
            Draft draft, Map<String, List<String>> values, ErrorSummary summary, boolean saved, HttpStatus status) {
        var page = new ModelAndView("filing/form", status);
        page.addObject("draft", draft);
        page.addObject("item", draft.item());
        page.addObject("steps", TaskSteps.of(draft, "form"));
        page.addObject("fields", views.of(draft.schema(), values, summary));
        page.addObject("summary", summary);
        page.addObject("saved", saved);
        return page;
    }
}
