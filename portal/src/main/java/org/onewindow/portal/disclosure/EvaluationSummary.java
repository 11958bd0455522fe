package org.onewindow.portal.disclosure;

import java.time.LocalDate;
import java.util.List;

/**
 * GET /api/disclosure/evaluations: satisfaction over a period and the rectification of each poor
 * rating (the applicant's comment is never part of it).
 */
public record EvaluationSummary(
        LocalDate from,
        LocalDate to,
        Statistics.Satisfaction satisfaction,
        List<DepartmentSatisfaction> departments,
        List<Rectification> rectifications) {

    public EvaluationSummary {
        departments = departments == null ? List.of() : List.copyOf(departments);
        rectifications = rectifications == null ? List.of() : List.copyOf(rectifications);
    }

    public record DepartmentSatisfaction(String department, Statistics.Satisfaction satisfaction) {}

    /**
     * A poor rating's rectification: a call-back within 1 working day, the report within 15.
     *
     * @param state OPEN, OVERDUE or DONE
     * @param report the department's report, numbers masked by the API
     */
    public record Rectification(
            String caseNo,
            String itemCode,
            String itemName,
            String department,
            int level,
            LocalDate openedOn,
            LocalDate callBackDue,
            LocalDate calledBackOn,
            LocalDate rectificationDue,
            LocalDate reportedOn,
            String report,
            String state,
            boolean late) {}
}
