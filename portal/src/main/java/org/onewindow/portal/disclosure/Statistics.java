package org.onewindow.portal.disclosure;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GET /api/disclosure/statistics: the bureau's published performance over a period, per
 * department and per item (the portal's copy of disclosure-service's figures).
 */
public record Statistics(
        LocalDate from,
        LocalDate to,
        Figures total,
        Satisfaction satisfaction,
        List<DepartmentRow> departments,
        List<ItemRow> items) {

    public Statistics {
        departments = departments == null ? List.of() : List.copyOf(departments);
        items = items == null ? List.of() : List.copyOf(items);
    }

    /**
     * @param onTimeRate 0..1 of the completed cases decided within their limit; null when none completed
     * @param averageWorkingDays from acceptance to decision; null when none completed
     * @param overdueNow past their limit without a decision at this moment
     */
    public record Figures(
            long received,
            long accepted,
            long notAccepted,
            long completed,
            Double onTimeRate,
            Double averageWorkingDays,
            long overdueNow) {}

    /**
     * 好差评 summed (GB/T 39734-2020).
     *
     * @param levels evaluations per level, "5" (非常满意) down to "1" (非常不满意)
     * @param poor rated 1 or 2, each of which opened a rectification
     * @param satisfactionRate 0..1 rated 3 or better; null when nobody rated
     */
    public record Satisfaction(
            long evaluations, Map<String, Long> levels, long poor, long followUps, Double satisfactionRate) {

        public Satisfaction {
            levels = levels == null ? Map.of() : new LinkedHashMap<>(levels);
        }

        public long atLevel(int level) {
            return levels.getOrDefault(String.valueOf(level), 0L);
        }
    }

    public record DepartmentRow(String department, Figures figures, Satisfaction satisfaction) {}

    public record ItemRow(String itemCode, String itemName, String department, Figures figures) {}
}
