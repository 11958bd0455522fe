package org.onewindow.portal.supervision;

import java.util.Comparator;
import org.onewindow.portal.disclosure.EvaluationSummary;
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

    SupervisionDashboardController(SupervisionClient client, DashboardCharts charts) {
        this.client = client;
        this.charts = charts;
    }

    @GetMapping("/workbench/supervision")
    String dashboard(Model model) {
        var overview = client.overview();
        var performance = client.performance();
        model.addAttribute("overview", overview);
        model.addAttribute("performance", performance);
        model.addAttribute("departmentsChart", charts.onTimeByDepartment(performance.departments()));
        model.addAttribute("itemsChart", charts.onTimeByItem(performance.items()));
        model.addAttribute("statusChart", charts.byStatus(overview.byStatus()));
        model.addAttribute("perDayChart", charts.perDay(overview.submissionsPerDay()));
        model.addAttribute("satisfactionChart", charts.satisfaction(performance.satisfaction()));
        model.addAttribute(
                "rectifications",
                client.rectifications(overview.today()).stream()
                        .filter(r -> !"DONE".equals(r.state()))
                        .sorted(Comparator.comparing(EvaluationSummary.Rectification::rectificationDue))
                        .toList());
        model.addAttribute("complaints", client.openComplaints());
        return "supervision/dashboard";
    }
}
