package org.onewindow.review.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.onewindow.platform.security.Caller;
import org.onewindow.platform.security.Roles;
import org.onewindow.review.calendar.Calendars;
import org.onewindow.review.casefile.CaseAccess;
import org.onewindow.review.casefile.WorkingDaysUsed;
import org.springframework.stereotype.Service;

/**
 * Each staff member's queue by role and department, most urgent first: the receiving hall's clerks
 * get submitted cases to accept and gaps past their deadline to chase, reviewers the cases awaiting their department's
 * opinion, approvers the cases with every opinion in.
 */
@Service
class Tasks {

    private final TaskStore store;
    private final Calendars calendars;
    private final Clock clock;

    Tasks(TaskStore store, Calendars calendars, Clock clock) {
        this.store = store;
        this.calendars = calendars;
        this.clock = clock;
    }

    List<Task> of(Caller caller) {
        var today = LocalDate.now(clock);
        var tasks = new ArrayList<Task>();
        if (CaseAccess.receivesCases(caller)) {
            store.toAccept().forEach(row -> tasks.add(task("ACCEPT", row, today)));
            store.gapOverdue(today).forEach(row -> tasks.add(task("GAP", row, today)));
        }
        if (caller.hasRole(Roles.REVIEWER) && caller.department().isPresent()) {
            store.awaitingOpinionOf(caller.department().get()).forEach(row -> tasks.add(task("OPINION", row, today)));
        }
        if (caller.hasRole(Roles.APPROVER)) {
            store.toDecide().forEach(row -> tasks.add(task("DECIDE", row, today)));
        }
        tasks.sort(Comparator.comparing((Task t) -> t.warning().ordinal())
                .thenComparing(Task::gapOverdue)
                .reversed()
                .thenComparing(Task::deadline, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Task::submittedAt));
        return tasks;
    }

    private Task task(String step, TaskStore.Row row, LocalDate today) {
        var timing = row.timing();
        return new Task(
                row.caseNo(),
                row.itemName(),
                row.status(),
                step,
                row.submittedAt(),
                timing.deadline(),
                WorkingDaysUsed.warning(calendars.current(), timing, today),
                timing.stoppedSince() != null,
                row.gapDeadline(),
                row.gapDeadline() != null && today.isAfter(row.gapDeadline()));
    }
}
