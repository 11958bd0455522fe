package org.onewindow.portal.disclosure;

import jakarta.validation.Valid;
import org.onewindow.portal.catalog.Directory;
import org.onewindow.portal.publicapi.ErrorSummary;
import org.onewindow.portal.publicapi.FormProblems;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * 办件统计: received, completed, on-time rate, average working days and satisfaction, in figures,
 * as charts by department titled with their finding, and as tables with every number.
 */
@Controller
class StatisticsController {

    private final DisclosureClient disclosure;
    private final StatisticsCharts charts;
    private final MessageSource messages;

    StatisticsController(DisclosureClient disclosure, StatisticsCharts charts, MessageSource messages) {
        this.disclosure = disclosure;
        this.charts = charts;
        this.messages = messages;
    }

    @GetMapping("/disclosure/statistics")
    String statistics(@Valid @ModelAttribute("period") PeriodForm period, BindingResult errors, Model model) {
        period.checkDays(errors);
        if (!errors.hasErrors()) {
            var answer = disclosure.statistics(period.department(), period.fromDay(), period.toDay());
            if (answer.ok()) {
                model.addAttribute("statistics", answer.body());
                model.addAttribute("charts", charts.of(answer.body()));
            } else {
                FormProblems.reject(errors, answer.problem(), PeriodForm.API_FIELDS);
            }
        }
        model.addAttribute("departments", Directory.DEPARTMENTS);
        model.addAttribute("errorSummary", ErrorSummary.of(errors, PeriodForm.FIELDS, messages));
        return "disclosure/statistics";
    }
}
