package org.onewindow.portal.supervision;

import java.util.Comparator;
import org.onewindow.portal.disclosure.EvaluationSummary;
import org.onewindow.portal.system.SideBySide;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 效能监督: the warned cases, on-time rates by department and item, cases by status, submissions
 * per day, satisfaction, and the rectifications and complaints due, as charts with their numbers
 * in tables; every count links to the cases behind it.
 */
@Controller
class SupervisionDashboardController {

    private final SupervisionClient client;
    private final DashboardCharts charts;
    private final SideBySide sideBySide;

    SupervisionDashboardController(SupervisionClient client, DashboardCharts charts, SideBySide sideBySide) {
        this.client = client;
        this.charts = charts;
        this.sideBySide = sideBySide;
    }

    @GetMapping("/workbench/supervision")
    String dashboard(Model model) {
        // review's overview, disclosure's figures and the open complaints at once; then the
        // rectifications, due by the overview's date (review's calendar day)
        var calls = sideBySide.call(client::overview, client::performance, client::openComplaints);
        var overview = calls.first().get();
        var rectifications = client.rectifications(overview.today());
        var performance = calls.second().get();
        model.addAttribute("overview", overview);
        model.addAttribute("performance", performance);
        model.addAttribute("departmentsChart", charts.onTimeByDepartment(performance.departments()));
        model.addAttribute("itemsChart", charts.onTimeByItem(performance.items()));
        model.addAttribute("statusChart", charts.byStatus(overview.byStatus()));
        model.addAttribute("perDayChart", charts.perDay(overview.submissionsPerDay()));
        model.addAttribute("satisfactionChart", charts.satisfaction(performance.satisfaction()));
        model.addAttribute(
                "rectifications",
                rectifications.stream()
                        .filter(r -> !"DONE".equals(r.state()))
                        .sorted(Comparator.comparing(EvaluationSummary.Rectification::rectificationDue))
                        .toList());
        model.addAttribute("complaints", calls.third().get());
        return "supervision/dashboard";
    }
}
