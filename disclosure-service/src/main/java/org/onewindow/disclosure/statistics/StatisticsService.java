package org.onewindow.disclosure.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Per department and per item over a period, with the satisfaction of the same period. Totals are
 * summed from counts, never averaged from rates.
 */
@Service
class StatisticsService {

    private final CaseFactStore facts;
    private final SatisfactionService satisfaction;
    private final Clock clock;

    StatisticsService(CaseFactStore facts, SatisfactionService satisfaction, Clock clock) {
        this.facts = facts;
        this.satisfaction = satisfaction;
        this.clock = clock;
    }

    record DepartmentRow(String department, Counts.Figures figures, Satisfaction satisfaction) {}

    record ItemRow(String itemCode, String itemName, String department, Counts.Figures figures) {}

    record Statistics(
            LocalDate from,
            LocalDate to,
            Counts.Figures total,
            Satisfaction satisfaction,
            List<DepartmentRow> departments,
            List<ItemRow> items) {}

    Statistics statistics(String department, LocalDate from, LocalDate to) {
        var period = Period.of(from, to, clock);
        var ratings = satisfaction.byDepartment(period, department);
        var departments = new ArrayList<DepartmentRow>();
        var total = Counts.NONE;
        for (var row : facts.byDepartment(period, department)) {
            total = total.plus(row.counts());
            departments.add(new DepartmentRow(
                    row.department(),
                    row.counts().figures(),
                    ratings.getOrDefault(row.department(), Satisfaction.of(new long[6]))));
        }
        var items = facts.byPublicItem(period, department).stream()
                .map(row -> new ItemRow(
                        row.itemCode(),
                        row.itemName(),
                        row.department(),
                        row.counts().figures()))
                .toList();
        return new Statistics(
                period.from(),
                period.to(),
                total.figures(),
                SatisfactionService.total(ratings),
                List.copyOf(departments),
                items);
    }
}
