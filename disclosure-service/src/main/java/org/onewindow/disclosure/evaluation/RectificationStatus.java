package org.onewindow.disclosure.evaluation;

import java.time.LocalDate;
import org.onewindow.platform.calendar.WorkingCalendar;

/**
 * Where a poor review's rectification stands (DOMAIN.md, evaluation): the department calls the
 * applicant back within 1 working day and reports the rectification within 15. Due dates are
 * counted when asked, so a calendar correction moves them and a replay gives the same answer.
 */
record RectificationStatus(
        LocalDate callBackDue,
        LocalDate calledBackOn,
        LocalDate rectificationDue,
        LocalDate reportedOn,
        State state,
        boolean late) {

    static final int CALL_BACK_DAYS = 1;
    static final int RECTIFICATION_DAYS = 15;

    enum State {
        /** waiting for the call-back or the report, and not late yet */
        OPEN,
        /** a step is past its due date and not done */
        OVERDUE,
        /** the rectification is reported */
        DONE
    }

    static RectificationStatus of(
            LocalDate opened, LocalDate calledBackOn, LocalDate reportedOn, LocalDate today, WorkingCalendar calendar) {
        var callBackDue = calendar.plusWorkingDays(opened, CALL_BACK_DAYS);
        var rectificationDue = calendar.plusWorkingDays(opened, RECTIFICATION_DAYS);
        boolean callBackLate = calledBackOn != null ? calledBackOn.isAfter(callBackDue) : today.isAfter(callBackDue);
        boolean reportLate =
                reportedOn != null ? reportedOn.isAfter(rectificationDue) : today.isAfter(rectificationDue);
        State state;
        if (reportedOn != null) {
            state = State.DONE;
        } else if ((calledBackOn == null && callBackLate) || reportLate) {
            state = State.OVERDUE;
        } else {
            state = State.OPEN;
        }
        return new RectificationStatus(
                callBackDue, calledBackOn, rectificationDue, reportedOn, state, callBackLate || reportLate);
    }
}
