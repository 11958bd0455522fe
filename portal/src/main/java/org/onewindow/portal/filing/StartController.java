package org.onewindow.portal.filing;

import java.util.List;
import org.onewindow.portal.applications.ApiRefusedException;
import org.onewindow.portal.applications.ApplicationsClient;
import org.onewindow.portal.catalog.Directory;
import org.onewindow.portal.catalog.ItemGuide;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/** 在线办理's start: the item, the task list, and in whose name; starting makes the draft. */
@Controller
class StartController {

    private final Drafts drafts;
    private final ApplicationsClient applications;
    private final ProblemMessages problems;

    StartController(Drafts drafts, ApplicationsClient applications, ProblemMessages problems) {
        this.drafts = drafts;
        this.applications = applications;
        this.problems = problems;
    }

    @GetMapping(FilingPaths.START)
    ModelAndView start(@PathVariable String code) {
        var item = drafts.item(code);
        var only = serviceObjects(item).size() == 1 ? serviceObjects(item).get(0) : null;
        return page(item, new StartForm(only, null, null), ErrorSummary.none(), HttpStatus.OK);
    }

    @PostMapping(FilingPaths.START)
    ModelAndView create(@PathVariable String code, @ModelAttribute StartForm form) {
        var item = drafts.item(code);
        if (!item.fileableOnline()) {
            return page(item, form, ErrorSummary.none(), HttpStatus.OK);
        }
        var issues = form.issues(serviceObjects(item));
        if (issues.isEmpty()) {
            try {
                var application = applications.create(form.request(item.code()));
                return FilingPaths.seeOther("/items/" + item.code() + "/apply/" + application.id() + "/form");
            } catch (ApiRefusedException refused) {
                issues = form.issues(refused.problem());
            }
        }
        var summary = problems.summarise(issues, StartForm.FIELDS, List.of());
        return page(item, form, summary, HttpStatus.UNPROCESSABLE_CONTENT);
    }

    /** 个人 and 法人, in that order, as far as the item serves them. */
    private static List<String> serviceObjects(ItemGuide item) {
        return Directory.SERVICE_OBJECTS.stream()
                .filter(item.serviceObjects()::contains)
                .toList();
    }

    private static ModelAndView page(ItemGuide item, StartForm form, ErrorSummary summary, HttpStatus status) {
        var page = new ModelAndView("filing/start", status);
        page.addObject("item", item);
        page.addObject("form", form);
        page.addObject("summary", summary);
        page.addObject("serviceObjects", serviceObjects(item));
        page.addObject("steps", TaskSteps.STEPS);
        return page;
    }
}
