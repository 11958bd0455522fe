package org.onewindow.portal.casework;

import java.util.List;
import org.onewindow.portal.system.Staff;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 待办件: the signed-in person's tasks as the API gives them (a reviewer's are her department's
 * only: the API chooses, the portal never filters), earliest deadline first. The list refreshes
 * itself every 15 s through htmx from {@code /workbench/cases/queue}; without JavaScript a reload
 * does the same.
 */
@Controller
class QueueController {

    private final CaseworkClient client;
    private final Staff staff;

    QueueController(CaseworkClient client, Staff staff) {
        this.client = client;
        this.staff = staff;
    }

    @GetMapping("/workbench/cases")
    String queue(@RequestParam(defaultValue = "0") int page, Model model) {
        tasks(page, model);
        return "casework/queue";
    }

    /** The list alone, for the polling. */
    @GetMapping("/workbench/cases/queue")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        tasks(page, model);
        return "casework/queue :: list";
    }

    private void tasks(int page, Model model) {
        // a supervisor or catalog admin has no queue: the API would refuse her, so it is not asked
        var hasQueue = staff.is(Staff.CLERK) || staff.is(Staff.REVIEWER) || staff.is(Staff.APPROVER);
        model.addAttribute("hasQueue", hasQueue);
        var all = hasQueue ? client.tasks().stream().sorted(Task.BY_DEADLINE).toList() : List.<Task>of();
        var shown = QueuePage.of(all, page);
        model.addAttribute("queue", shown);
        model.addAttribute("tasks", shown.tasks());
    }
}
