package org.onewindow.disclosure.complaint;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.onewindow.disclosure.calendar.DisclosureCalendar;
import org.onewindow.platform.security.Caller;
import org.onewindow.platform.web.ProblemException;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Complaints and reports (DOMAIN.md): anyone files one without a token and gets a ticket and a
 * query code; a supervisor answers within 10 working days and may publish the answer. Text is
 * kept exactly as written and only ever returned as JSON strings, never as markup.
 */
@RestController
class ComplaintController {

    static final int ANSWER_WITHIN_WORKING_DAYS = 10;
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final JdbcClient jdbc;
    private final QueryCodes codes;
    private final DisclosureCalendar calendar;
    private final Clock clock;

    ComplaintController(JdbcClient jdbc, QueryCodes codes, DisclosureCalendar calendar, Clock clock) {
        this.jdbc = jdbc;
        this.codes = codes;
        this.calendar = calendar;
        this.clock = clock;
    }

    enum Kind {
        COMPLAINT,
        REPORT
    }

    record Contact(
            @Size(max = 50) String name,

            @Pattern(regexp = "1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}", message = "a mobile or a landline number")
            String phone) {}

    record ComplaintInput(
            @NotNull Kind kind,
            @NotBlank @Size(max = 100) String subject,
            @NotBlank @Size(max = 2000) String content,
            @Size(max = 50) String department,

            @Pattern(regexp = "[0-9A-Z]{20,50}", message = "a case number")
            String caseNo,

            @Valid Contact contact) {}

    record Filed(String ticket, String queryCode, OffsetDateTime filedAt, LocalDate answerDue) {}

    record ComplaintStatus(
            String ticket,
            Kind kind,
            String subject,
            String content,
            String department,
            String caseNo,
            OffsetDateTime filedAt,
            LocalDate answerDue,
            boolean answered,
            boolean overdue,
            String answer,
            OffsetDateTime answeredAt,
            boolean published) {}

    record AnswerInput(@NotBlank @Size(max = 2000) String answer, boolean publish) {}

    record ForSupervisor(ComplaintStatus complaint, String contactName, String contactPhone) {}

    @PostMapping("/api/disclosure/complaints")
    @Transactional
    ResponseEntity<Filed> file(@Valid @RequestBody ComplaintInput input) {
        var now = OffsetDateTime.now(clock);
        long number =
                jdbc.sql("select nextval('complaint_number')").query(Long.class).single();
        var ticket =
                "TS" + now.atZoneSameInstant(clock.getZone()).toLocalDate().format(DAY) + String.format("%06d", number);
        var code = codes.newCode();
        var contact = input.contact();
        jdbc.sql("""
                        insert into complaint (ticket, kind, department, case_no, subject, content, contact_name,
                            contact_phone, query_code_hash, filed_at)
                        values (:ticket, :kind, :department, :caseNo, :subject, :content, :name, :phone, :hash, :at)
                        """)
                .param("ticket", ticket)
                .param("kind", input.kind().name())
                .param("department", input.department())
                .param("caseNo", input.caseNo())
                .param("subject", input.subject())
                .param("content", input.content())
                .param("name", contact == null ? null : contact.name())
                .param("phone", contact == null ? null : contact.phone())
                .param("hash", codes.hash(code))
                .param("at", now)
                .update();
        return ResponseEntity.created(URI.create("/api/disclosure/complaints/" + ticket))
                .body(new Filed(ticket, code, now, answerDue(now)));
    }

    @GetMapping("/api/disclosure/complaints/{ticket}")
    ComplaintStatus status(@PathVariable String ticket, @RequestParam String code) {
        var hash = jdbc.sql("select query_code_hash from complaint where ticket = :ticket")
                .param("ticket", ticket)
                .query(String.class)
                .optional()
                .orElse(null);
        // an unknown ticket and a wrong code get the same answer, so tickets cannot be probed
        if (!codes.matches(code, hash)) {
            throw unknown();
        }
        return find(ticket).complaint();
    }

    @PostMapping("/api/disclosure/complaints/{ticket}/answer")
    @Transactional
    ComplaintStatus answer(@PathVariable String ticket, @Valid @RequestBody AnswerInput input) {
        int updated = jdbc.sql("""
                        update complaint set answer = :answer, answered_by = :by, answered_at = :at, published = :publish
                        where ticket = :ticket and answered_at is null
                        """)
                .param("answer", input.answer())
                .param("by", Caller.current().username())
                .param("at", OffsetDateTime.now(clock))
                .param("publish", input.publish())
                .param("ticket", ticket)
                .update();
        if (updated == 0) {
            find(ticket);
            throw ProblemException.conflict("complaint " + ticket + " is already answered");
        }
        return find(ticket).complaint();
    }

    /** The supervisors' worklist: open ones first, oldest first, late ones flagged. */
    @GetMapping("/api/disclosure/complaints")
    List<ForSupervisor> list(
            @RequestParam(defaultValue = "false") boolean answered,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        int limit = Math.min(Math.max(size, 1), 100);
        return jdbc.sql(SELECT + """
                        where (answered_at is not null) = :answered
                        order by filed_at, ticket limit :limit offset :offset
                        """)
                .param("answered", answered)
                .param("limit", limit)
                .param("offset", Math.max(page, 0) * limit)
                .query((rs, n) -> row(rs))
                .list();
    }

    private static final String SELECT = """
            select ticket, kind, subject, content, department, case_no, filed_at, answer, answered_at, published,
                   contact_name, contact_phone
            from complaint
            """;

    private ForSupervisor find(String ticket) {
        return jdbc.sql(SELECT + " where ticket = :ticket")
                .param("ticket", ticket)
                .query((rs, n) -> row(rs))
                .optional()
                .orElseThrow(ComplaintController::unknown);
    }

    private ForSupervisor row(java.sql.ResultSet rs) throws java.sql.SQLException {
        var filedAt = rs.getObject("filed_at", OffsetDateTime.class);
        var answeredAt = rs.getObject("answered_at", OffsetDateTime.class);
        var due = answerDue(filedAt);
        var doneOrToday = answeredAt != null
                ? answeredAt.atZoneSameInstant(clock.getZone()).toLocalDate()
                : LocalDate.now(clock);
        var status = new ComplaintStatus(
                rs.getString("ticket"),
                Kind.valueOf(rs.getString("kind")),
                rs.getString("subject"),
                rs.getString("content"),
                rs.getString("department"),
                rs.getString("case_no"),
                filedAt,
                due,
                answeredAt != null,
                doneOrToday.isAfter(due),
                rs.getString("answer"),
                answeredAt,
                rs.getBoolean("published"));
        return new ForSupervisor(status, rs.getString("contact_name"), rs.getString("contact_phone"));
    }

    private LocalDate answerDue(OffsetDateTime filedAt) {
        return calendar.current()
                .plusWorkingDays(filedAt.atZoneSameInstant(clock.getZone()).toLocalDate(), ANSWER_WITHIN_WORKING_DAYS);
    }

    private static ProblemException unknown() {
        return ProblemException.notFound("no complaint with this ticket and query code");
    }
}
