package org.onewindow.review.deadline;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.onewindow.contracts.EventTypes;
import org.onewindow.contracts.review.CaseAccepted;
import org.onewindow.contracts.review.CaseOverdue;
import org.onewindow.contracts.review.DeadlineWarning;
import org.onewindow.platform.messaging.EventPublisher;
import org.onewindow.review.audit.AuditFacts;
import org.onewindow.review.audit.AuditTrail;
import org.onewindow.review.calendar.Calendars;
import org.onewindow.review.calendar.Deadlines;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clock's own steps. A submitted case no clerk handled within 5 working days is deemed
 * accepted as of its submission (Administrative Licensing Law art. 32); a running case turning
 * YELLOW or RED is announced once. Rows are taken with {@code FOR UPDATE SKIP LOCKED}, so several
 * instances share the work and never announce a transition twice.
 */
@Component
public class DeadlineSweep {

    static final int DEEMED_AFTER_WORKING_DAYS = 5;
    private static final int BATCH = 200;

    private final JdbcClient jdbc;
    private final Calendars calendars;
    private final EventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    DeadlineSweep(JdbcClient jdbc, Calendars calendars, EventPublisher events, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.calendars = calendars;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${onewindow.review.sweep-interval:60s}",
            initialDelayString = "${onewindow.review.sweep-interval:60s}")
    void scheduled() {
        sweep(LocalDate.now(clock));
    }

    /** One pass for the given day; returns how many cases changed. */
    @Transactional
    public int sweep(LocalDate today) {
        return deemAccepted(today) + announceWarnings(today);
    }

    private int deemAccepted(LocalDate today) {
        var calendar = calendars.current();
        var zone = clock.getZone();
        record Submitted(String caseNo, OffsetDateTime submittedAt, int promisedDays) {}
        var candidates = jdbc.sql("""
                        select case_no, submitted_at, promised_days from review_case where status = 'SUBMITTED'
                        order by submitted_at limit :batch for update skip locked
                        """)
                .param("batch", BATCH)
                .query((rs, n) -> new Submitted(
                        rs.getString("case_no"),
                        rs.getObject("submitted_at", OffsetDateTime.class),
                        rs.getInt("promised_days")))
                .list();
        int changed = 0;
        for (var c : candidates) {
            var receivedOn = c.submittedAt().atZoneSameInstant(zone).toLocalDate();
            if (calendar.workingDaysBetween(receivedOn, today) < DEEMED_AFTER_WORKING_DAYS) {
                continue;
            }
            var deadline = Deadlines.deadline(calendar, receivedOn, c.promisedDays(), 0, 0);
            jdbc.sql(
                            "update review_case set status = 'ACCEPTED', accepted_on = :on, deadline = :deadline, updated_at = now()"
                                    + " where case_no = :caseNo")
                    .param("on", receivedOn)
                    .param("deadline", deadline)
                    .param("caseNo", c.caseNo())
                    .update();
            var now = OffsetDateTime.now(clock);
            audit.append(new AuditFacts(
                    c.caseNo(),
                    "system",
                    "system",
                    null,
                    now,
                    "DEEMED_ACCEPTED",
                    "no clerk acted within " + DEEMED_AFTER_WORKING_DAYS + " working days",
                    "SUBMITTED",
                    "ACCEPTED"));
            events.publish(
                    EventTypes.CASE_ACCEPTED,
                    c.caseNo(),
                    new CaseAccepted(c.caseNo(), "视为受理-" + c.caseNo(), deadline, List.of(), null, true, now));
            changed++;
        }
        return changed;
    }

    private int announceWarnings(LocalDate today) {
        var calendar = calendars.current();
        record Running(
                String caseNo,
                String department,
                LocalDate acceptedOn,
                LocalDate deadline,
                int limit,
                int paused,
                String warning) {}
        var running = jdbc.sql("""
                        select case_no, department, accepted_on, deadline, promised_days + extension_days as limit_days,
                               paused_days, warning
                        from review_case where status in ('ACCEPTED', 'IN_REVIEW') and deadline is not null
                        order by deadline limit :batch for update skip locked
                        """)
                .param("batch", BATCH)
                .query((rs, n) -> new Running(
                        rs.getString("case_no"),
                        rs.getString("department"),
                        rs.getObject("accepted_on", LocalDate.class),
                        rs.getObject("deadline", LocalDate.class),
                        rs.getInt("limit_days"),
                        rs.getInt("paused_days"),
                        rs.getString("warning")))
                .list();
        int changed = 0;
        for (var c : running) {
            int used = Math.max(0, calendar.workingDaysBetween(c.acceptedOn(), today) - c.paused());
            var level = Deadlines.warning(calendar, today, c.deadline(), c.limit(), used);
            var previous = Deadlines.Warning.valueOf(c.warning());
            if (level.ordinal() <= previous.ordinal()) {
                continue;
            }
            jdbc.sql("update review_case set warning = :warning where case_no = :caseNo")
                    .param("warning", level.name())
                    .param("caseNo", c.caseNo())
                    .update();
            var now = OffsetDateTime.now(clock);
            if (level == Deadlines.Warning.RED) {
                events.publish(
                        EventTypes.CASE_OVERDUE,
                        c.caseNo(),
                        new CaseOverdue(c.caseNo(), c.department(), c.deadline(), now));
            } else {
                events.publish(
                        EventTypes.DEADLINE_WARNING,
                        c.caseNo(),
                        new DeadlineWarning(
                                c.caseNo(),
                                c.department(),
                                c.deadline(),
                                calendar.workingDaysBetween(today, c.deadline()),
                                now));
            }
            changed++;
        }
        return changed;
    }
}
