package org.onewindow.disclosure.complaint;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.onewindow.disclosure.calendar.DisclosureCalendar;
import org.onewindow.platform.privacy.Masking;
import org.onewindow.platform.web.ProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Complaints and reports: a ticket and a query code for the filer, an answer within 10 working
 * days from a supervisor, published to the correction column if the supervisor chooses.
 */
@Service
class ComplaintService {

    static final int ANSWER_WITHIN_WORKING_DAYS = 10;
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final ComplaintStore store;
    private final QueryCodes codes;
    private final DisclosureCalendar calendar;
    private final Clock clock;

    ComplaintService(ComplaintStore store, QueryCodes codes, DisclosureCalendar calendar, Clock clock) {
        this.store = store;
        this.codes = codes;
        this.calendar = calendar;
        this.clock = clock;
    }

    record Filed(String ticket, String queryCode, OffsetDateTime filedAt, LocalDate answerDue) {}

    record ForSupervisor(ComplaintStatus complaint, String contactName, String contactPhone) {}

    record Correction(
            String ticket,
            Kind kind,
            String department,
            String subject,
            String answer,
            LocalDate filedOn,
            LocalDate answeredOn) {}

    @Transactional
    Filed file(ComplaintInput input) {
        var now = OffsetDateTime.now(clock);
        var ticket = "TS" + day(now).format(DAY) + String.format("%06d", store.nextNumber());
        var code = codes.newCode();
        store.insert(ticket, input, codes.hash(ticket, code), now);
        return new Filed(ticket, code, now, answerDue(now));
    }

    ComplaintStatus status(String ticket, String code) {
        // an unknown ticket and a wrong code get the same answer, so tickets cannot be probed
        var match = codes.matches(ticket, code, store.queryCodeHash(ticket).orElse(null));
        if (match == QueryCodes.Match.NONE) {
            throw unknown();
        }
        if (match == QueryCodes.Match.LEGACY_MATCH) {
            // the old PBKDF2 hash is checked this once more; from now on the code costs one HMAC
            store.replaceQueryCodeHash(ticket, codes.hash(ticket, code));
        }
        return find(ticket).complaint();
    }

    @Transactional
    ComplaintStatus answer(String ticket, String answer, boolean publish, String by) {
        if (!store.answer(ticket, answer, by, OffsetDateTime.now(clock), publish)) {
            find(ticket);
            throw ProblemException.conflict("complaint " + ticket + " is already answered");
        }
        return find(ticket).complaint();
    }

    List<ForSupervisor> worklist(boolean answered, int page, int size) {
        int limit = Math.min(Math.max(size, 1), 100);
        return store.byFiling(answered, limit, Math.max(page, 0) * limit).stream()
                .map(this::forSupervisor)
                .toList();
    }

    List<Correction> corrections(int page, int size) {
        int limit = Math.min(Math.max(size, 1), 100);
        return store.published(limit, Math.max(page, 0) * limit).stream()
                .map(row -> new Correction(
                        row.ticket(),
                        row.kind(),
                        row.department(),
                        Masking.inText(row.subject()),
                        Masking.inText(row.answer()),
                        day(row.filedAt()),
                        day(row.answeredAt())))
                .toList();
    }

    private ForSupervisor find(String ticket) {
        return store.find(ticket).map(this::forSupervisor).orElseThrow(ComplaintService::unknown);
    }

    private ForSupervisor forSupervisor(ComplaintStore.Row row) {
        var due = answerDue(row.filedAt());
        var doneOrToday = row.answeredAt() != null ? day(row.answeredAt()) : LocalDate.now(clock);
        var status = new ComplaintStatus(
                row.ticket(),
                row.kind(),
                row.subject(),
                row.content(),
                row.department(),
                row.caseNo(),
                row.filedAt(),
                due,
                row.answeredAt() != null,
                doneOrToday.isAfter(due),
                row.answer(),
                row.answeredAt(),
                row.published());
        return new ForSupervisor(status, row.contactName(), row.contactPhone());
    }

    private LocalDate answerDue(OffsetDateTime filedAt) {
        return calendar.current().plusWorkingDays(day(filedAt), ANSWER_WITHIN_WORKING_DAYS);
    }

    private LocalDate day(OffsetDateTime at) {
        return at.atZoneSameInstant(clock.getZone()).toLocalDate();
    }

    private static ProblemException unknown() {
        return ProblemException.notFound("no complaint with this ticket and query code");
    }
}
