package org.onewindow.portal.disclosure;

import jakarta.validation.Valid;
import java.util.List;
import org.onewindow.portal.catalog.Directory;
import org.onewindow.portal.publicapi.ErrorSummary;
import org.onewindow.portal.publicapi.FormProblems;
import org.onewindow.portal.publicapi.Slice;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 好差评公开: satisfaction over a period, by level and by department, and how each poor rating was
 * put right (the call-back within 1 working day, the rectification within 15), paged.
 */
@Controller
class EvaluationsController {

    static final int PAGE_SIZE = 20;
    private static final String PATH = "/disclosure/evaluations";

    private final DisclosureClient disclosure;
    private final StatisticsCharts charts;
    private final MessageSource messages;

    EvaluationsController(DisclosureClient disclosure, StatisticsCharts charts, MessageSource messages) {
        this.disclosure = disclosure;
        this.charts = charts;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String evaluations(
            @Valid @ModelAttribute("period") PeriodForm period,
            BindingResult errors,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        int number = Pages.clamp(page);
        period.checkDays(errors);
        if (!errors.hasErrors()) {
            var answer = disclosure.evaluations(
                    period.department(), period.fromDay(), period.toDay(), number - 1, PAGE_SIZE);
            if (answer.ok()) {
                var summary = answer.body();
                model.addAttribute("evaluations", summary);
                model.addAttribute("levelsChart", charts.levels(summary.satisfaction()));
                model.addAttribute("rectifications", new Slice<>(summary.rectifications(), number - 1, PAGE_SIZE));
                model.addAttribute("previousUrl", period.pageUrl(PATH, number - 1));
                model.addAttribute("nextUrl", period.pageUrl(PATH, number + 1));
                model.addAttribute("firstUrl", period.pageUrl(PATH, 1));
            } else {
                FormProblems.reject(errors, answer.problem(), PeriodForm.API_FIELDS);
            }
        }
        model.addAttribute("departments", Directory.DEPARTMENTS);
        model.addAttribute("levels", List.of(5, 4, 3, 2, 1));
        model.addAttribute("errorSummary", ErrorSummary.of(errors, PeriodForm.FIELDS, messages));
        return "disclosure/evaluations";
    }
}
