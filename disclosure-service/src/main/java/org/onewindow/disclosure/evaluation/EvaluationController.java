package org.onewindow.disclosure.evaluation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.onewindow.disclosure.calendar.DisclosureCalendar;
import org.onewindow.disclosure.statistics.Period;
import org.onewindow.disclosure.statistics.Satisfaction;
import org.onewindow.disclosure.statistics.SatisfactionQuery;
import org.onewindow.platform.privacy.Masking;
import org.onewindow.platform.security.Caller;
import org.onewindow.platform.web.ProblemException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Satisfaction and the rectification of poor reviews, for the public (API.md); supervisors record
 * the call-back and the rectification report. The applicant's comment is never shown.
 */
@RestController
class EvaluationController {

    private final JdbcClient jdbc;
    private final SatisfactionQuery satisfaction;
    private final DisclosureCalendar calendar;
    private final Clock clock;

    EvaluationController(JdbcClient jdbc, SatisfactionQuery satisfaction, DisclosureCalendar calendar, Clock clock) {
        this.jdbc = jdbc;
        this.satisfaction = satisfaction;
        this.calendar = calendar;
        this.clock = clock;
    }

    record DepartmentSatisfaction(String department, Satisfaction satisfaction) {}

    record Rectification(
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
            RectificationStatus.State state,
            boolean late) {}

    record Evaluations(
            LocalDate from,
            LocalDate to,
            Satisfaction satisfaction,
            List<DepartmentSatisfaction> departments,
            List<Rectification> rectifications) {}

    record StepInput(@NotBlank @Size(max = 2000) String note) {}

    @GetMapping("/api/disclosure/evaluations")
    Evaluations evaluations(
            @RequestParam(required = false) String department,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        var period = Period.of(from, to, clock);
        var ratings = satisfaction.byDepartment(period, department);
        int limit = Math.min(Math.max(size, 1), 100);
        var rectifications = jdbc.sql(RECTIFICATIONS + """
                        where r.opened_at >= :start and r.opened_at < :end and not coalesce(i.confidential, false)
                          and (cast(:department as varchar) is null or r.department = :department)
                        order by r.opened_at desc, r.case_no limit :limit offset :offset
                        """)
                .param("start", period.start())
                .param("end", period.end())
                .param("department", department)
                .param("limit", limit)
                .param("offset", Math.max(page, 0) * limit)
                .query((rs, n) -> rectification(rs))
                .list();
        return new Evaluations(
                period.from(),
                period.to(),
                SatisfactionQuery.total(ratings),
                ratings.entrySet().stream()
                        .map(e -> new DepartmentSatisfaction(e.getKey(), e.getValue()))
                        .toList(),
                rectifications);
    }

    @PostMapping("/api/disclosure/evaluations/{caseNo}/call-back")
    @Transactional
    Rectification callBack(@PathVariable String caseNo, @Valid @RequestBody StepInput input) {
        requireRectification(caseNo);
        record(caseNo, "CALL_BACK", input.note(), "the applicant was already called back");
        return find(caseNo);
    }

    @PostMapping("/api/disclosure/evaluations/{caseNo}/rectification")
    @Transactional
    Rectification report(@PathVariable String caseNo, @Valid @RequestBody StepInput input) {
        requireRectification(caseNo);
        boolean calledBack =
                jdbc.sql("select count(*) from rectification_step where case_no = :caseNo and step = 'CALL_BACK'")
                                .param("caseNo", caseNo)
                                .query(Long.class)
                                .single()
                        > 0;
        if (!calledBack) {
            throw ProblemException.conflict("call the applicant back before reporting the rectification");
        }
        record(caseNo, "REPORT", input.note(), "the rectification is already reported");
        return find(caseNo);
    }

    private static final String RECTIFICATIONS = """
            select r.case_no, r.item_code, i.name as item_name, r.department, r.level, r.opened_at,
                   c.done_at as called_back_at, p.done_at as reported_at, p.note as report
            from rectification r
            left join public_item i on i.code = r.item_code
            left join rectification_step c on c.case_no = r.case_no and c.step = 'CALL_BACK'
            left join rectification_step p on p.case_no = r.case_no and p.step = 'REPORT'
            """;

    private Rectification find(String caseNo) {
        return jdbc.sql(RECTIFICATIONS + " where r.case_no = :caseNo")
                .param("caseNo", caseNo)
                .query((rs, n) -> rectification(rs))
                .single();
    }

    private void requireRectification(String caseNo) {
        var known = jdbc.sql("select count(*) from rectification where case_no = :caseNo")
                .param("caseNo", caseNo)
                .query(Long.class)
                .single();
        if (known == 0) {
            throw ProblemException.notFound("no rectification for case " + caseNo);
        }
    }

    private void record(String caseNo, String step, String note, String alreadyDone) {
        try {
            jdbc.sql("""
                            insert into rectification_step (case_no, step, note, done_by, done_at)
                            values (:caseNo, :step, :note, :by, :at)
                            """)
                    .param("caseNo", caseNo)
                    .param("step", step)
                    .param("note", note)
                    .param("by", Caller.current().username())
                    .param("at", OffsetDateTime.now(clock))
                    .update();
        } catch (DuplicateKeyException e) {
            throw ProblemException.conflict(alreadyDone);
        }
    }

    private Rectification rectification(java.sql.ResultSet rs) throws java.sql.SQLException {
        var zone = clock.getZone();
        var opened = rs.getObject("opened_at", OffsetDateTime.class);
        var calledBack = rs.getObject("called_back_at", OffsetDateTime.class);
        var reported = rs.getObject("reported_at", OffsetDateTime.class);
        var status = RectificationStatus.of(
                opened.atZoneSameInstant(zone).toLocalDate(),
                calledBack == null ? null : calledBack.atZoneSameInstant(zone).toLocalDate(),
                reported == null ? null : reported.atZoneSameInstant(zone).toLocalDate(),
                LocalDate.now(clock),
                calendar.current());
        return new Rectification(
                rs.getString("case_no"),
                rs.getString("item_code"),
                rs.getString("item_name"),
                rs.getString("department"),
                rs.getInt("level"),
                opened.atZoneSameInstant(zone).toLocalDate(),
                status.callBackDue(),
                status.calledBackOn(),
                status.rectificationDue(),
                status.reportedOn(),
                Masking.inText(rs.getString("report")),
                status.state(),
                status.late());
    }
}
