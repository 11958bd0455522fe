package org.onewindow.review.casefile;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.onewindow.platform.calendar.WorkingCalendar;
import org.onewindow.review.calendar.Deadlines;

/** Cases in each state for the machine's tests, on a weekends-only calendar, "today" Monday 2026-03-16. */
final class CaseStates {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final WorkingCalendar CALENDAR = WorkingCalendar.weekendsOnly();
    static final CaseLifecycle MACHINE = new CaseLifecycle(CALENDAR, ZONE);
    static final LocalDate TODAY = LocalDate.of(2026, 3, 16);
    static final CaseLifecycle.Moment NOW = at(TODAY);
    static final String CASE_NO = "11530000MB00000012XK00031000001202603020001";
    static final List<String> DEPARTMENTS = List.of("publishing", "radio-tv");
    /** Monday: its 5th working day is Monday 03-09, deemed acceptance on Tuesday 03-10. */
    static final OffsetDateTime RECEIVED =
            LocalDate.of(2026, 3, 2).atTime(10, 0).atZone(ZONE).toOffsetDateTime();
    /** Friday: 12 working days on, the deadline is Tuesday 03-10, so on TODAY the case is past it. */
    static final LocalDate ACCEPTED_ON = LocalDate.of(2026, 2, 20);

    static final LocalDate DEADLINE = LocalDate.of(2026, 3, 10);

    private CaseStates() {}

    static CaseLifecycle.Moment at(LocalDate day) {
        return new CaseLifecycle.Moment(day.atTime(9, 30).atZone(ZONE).toOffsetDateTime(), day);
    }

    static CaseState submitted() {
        return CaseState.received(CASE_NO, DEPARTMENTS, 12, RECEIVED);
    }

    static CaseState accepted() {
        return state(CaseStatus.ACCEPTED, Set.of(), running(), Set.of());
    }

    static CaseState inReview() {
        return state(CaseStatus.IN_REVIEW, Set.copyOf(DEPARTMENTS), running(), Set.of());
    }

    /** Asked for a supplement after acceptance, on Monday 03-09, before any opinion. */
    static CaseState supplementRequested() {
        return state(
                CaseStatus.SUPPLEMENT_REQUESTED,
                Set.of(),
                new CaseState.Timing(ACCEPTED_ON, 12, 0, 0, LocalDate.of(2026, 3, 9), null, null, DEADLINE),
                Set.of());
    }

    static CaseState decided(CaseStatus status) {
        var decision = status == CaseStatus.COMPLETED ? "APPROVED" : status.name();
        return new CaseState(
                CASE_NO,
                status,
                DEPARTMENTS,
                Set.copyOf(DEPARTMENTS),
                RECEIVED,
                running(),
                Set.of(),
                null,
                Deadlines.Warning.NONE,
                decision,
                "reason");
    }

    static CaseState withdrawn() {
        return state(CaseStatus.WITHDRAWN, Set.of(), running(), Set.of());
    }

    static CaseState.Timing running() {
        return new CaseState.Timing(ACCEPTED_ON, 12, 0, 0, null, null, null, DEADLINE);
    }

    static CaseState state(CaseStatus status, Set<String> opinionsFrom, CaseState.Timing timing, Set<String> openGap) {
        return new CaseState(
                CASE_NO,
                status,
                DEPARTMENTS,
                opinionsFrom,
                RECEIVED,
                timing,
                openGap,
                openGap.isEmpty() ? null : TODAY.plusDays(3),
                Deadlines.Warning.NONE,
                null,
                null);
    }
}
