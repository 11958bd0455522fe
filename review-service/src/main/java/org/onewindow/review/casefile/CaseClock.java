package org.onewindow.review.casefile;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.onewindow.contracts.EventTypes;
import org.onewindow.contracts.review.CaseExtended;
import org.onewindow.contracts.review.SpecialProcedureEnded;
import org.onewindow.contracts.review.SpecialProcedureStarted;
import org.onewindow.platform.messaging.EventPublisher;
import org.onewindow.platform.security.Caller;
import org.onewindow.platform.web.ProblemException;
import org.onewindow.review.audit.AuditFacts;
import org.onewindow.review.audit.AuditTrail;
import org.onewindow.review.calendar.Calendars;
import org.onewindow.review.calendar.Deadlines;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What moves a running case's deadline besides supplements: one extension of up to 10 working
 * days with a recorded reason, and special procedures whose working days do not count.
 */
@Service
class CaseClock {

    static final int MAX_EXTENSION = 10;

    private final CaseStore cases;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final EventPublisher events;
    private final Calendars calendars;
    private final Clock clock;

    CaseClock(
            CaseStore cases,
            JdbcClient jdbc,
            AuditTrail audit,
            EventPublisher events,
            Calendars calendars,
            Clock clock) {
        this.cases = cases;
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.calendars = calendars;
        this.clock = clock;
    }

    @Transactional
    ReviewCase extend(String caseNo, int workingDays, String reason) {
        var c = running(caseNo);
        if (c.extensionDays() > 0) {
            throw ProblemException.conflict("case " + caseNo + " has been extended once already");
        }
        var deadline =
                Deadlines.deadline(calendars.current(), c.acceptedOn(), c.promisedDays(), c.pausedDays(), workingDays);
        jdbc.sql(
                        "update review_case set extension_days = :days, deadline = :deadline, warning = 'NONE', updated_at = now()"
                                + " where case_no = :caseNo")
                .param("days", workingDays)
                .param("deadline", deadline)
                .param("caseNo", caseNo)
                .update();
        var now = OffsetDateTime.now(clock);
        record(c, "EXTENDED", workingDays + " working days: " + reason, now);
        events.publish(EventTypes.CASE_EXTENDED, caseNo, new CaseExtended(caseNo, workingDays, reason, deadline, now));
        return cases.find(caseNo).orElseThrow();
    }

    @Transactional
    ReviewCase startSpecialProcedure(String caseNo, String procedure, String note) {
        var c = running(caseNo);
        var current = jdbc.sql("select special_procedure from review_case where case_no = :c")
                .param("c", caseNo)
                .query(String.class)
                .optional();
        if (current.isPresent() && current.get() != null) {
            throw ProblemException.conflict("a " + current.get() + " is already running for " + caseNo);
        }
        jdbc.sql(
                        "update review_case set special_procedure = :procedure, special_since = :since where case_no = :caseNo")
                .param("procedure", procedure)
                .param("since", LocalDate.now(clock))
                .param("caseNo", caseNo)
                .update();
        var now = OffsetDateTime.now(clock);
        record(c, "SPECIAL_PROCEDURE_STARTED", procedure + ": " + note, now);
        events.publish(
                EventTypes.SPECIAL_PROCEDURE_STARTED,
                caseNo,
                new SpecialProcedureStarted(caseNo, procedure, note, now));
        return c;
    }

    @Transactional
    ReviewCase endSpecialProcedure(String caseNo) {
        var c = running(caseNo);
        record Special(String procedure, LocalDate since) {}
        var special = jdbc.sql("select special_procedure, special_since from review_case where case_no = :c")
                .param("c", caseNo)
                .query((rs, n) ->
                        new Special(rs.getString("special_procedure"), rs.getObject("special_since", LocalDate.class)))
                .single();
        if (special.procedure() == null) {
            throw ProblemException.conflict("no special procedure is running for " + caseNo);
        }
        var calendar = calendars.current();
        int days = calendar.workingDaysBetween(special.since(), LocalDate.now(clock));
        var deadline = Deadlines.deadline(
                calendar, c.acceptedOn(), c.promisedDays(), c.pausedDays() + days, c.extensionDays());
        jdbc.sql("""
                        update review_case set special_procedure = null, special_since = null, paused_days = paused_days + :days,
                                               deadline = :deadline, updated_at = now() where case_no = :caseNo
                        """)
                .param("days", days)
                .param("deadline", deadline)
                .param("caseNo", caseNo)
                .update();
        var now = OffsetDateTime.now(clock);
        record(c, "SPECIAL_PROCEDURE_ENDED", special.procedure() + ": " + days + " working days not counted", now);
        events.publish(
                EventTypes.SPECIAL_PROCEDURE_ENDED,
                caseNo,
                new SpecialProcedureEnded(caseNo, special.procedure(), days, deadline, now));
        return cases.find(caseNo).orElseThrow();
    }

    private ReviewCase running(String caseNo) {
        var c = cases.lock(caseNo).orElseThrow(() -> ProblemException.notFound("no case " + caseNo));
        if (!List.of(CaseStatus.ACCEPTED, CaseStatus.IN_REVIEW).contains(c.status())) {
            throw ProblemException.conflict("case " + caseNo + " is " + c.status() + ", not running");
        }
        return c;
    }

    private void record(ReviewCase c, String action, String detail, OffsetDateTime at) {
        var caller = Caller.current();
        audit.append(new AuditFacts(
                c.caseNo(),
                caller.username(),
                caller.roles().stream().findFirst().orElse("unknown"),
                caller.department().orElse(null),
                at,
                action,
                detail,
                c.status().name(),
                c.status().name()));
    }
}
