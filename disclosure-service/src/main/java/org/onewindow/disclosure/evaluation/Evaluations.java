package org.onewindow.disclosure.evaluation;

import java.time.LocalDate;
import java.util.List;
import org.onewindow.disclosure.statistics.Satisfaction;

/** The public page of evaluations: satisfaction over a period and the rectifications it opened. */
record Evaluations(
        LocalDate from,
        LocalDate to,
        Satisfaction satisfaction,
        List<DepartmentSatisfaction> departments,
        List<Rectification> rectifications) {

    record DepartmentSatisfaction(String department, Satisfaction satisfaction) {}
}
