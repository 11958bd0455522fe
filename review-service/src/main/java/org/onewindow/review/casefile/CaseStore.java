package org.onewindow.review.casefile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.onewindow.review.calendar.Deadlines;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Cases, their gap materials and department opinions in PostgreSQL: the only writer of
 * {@code review_case}, writing back what {@link CaseLifecycle} decided.
 */
@Repository
public class CaseStore {

    private static final String SELECT = """
            select c.*,
                   array(select o.department from review_opinion o where o.case_no = c.case_no) as opinions_from,
                   array(select g.material_id from review_gap_material g
                         where g.case_no = c.case_no and g.provided_at is null) as open_gap,
                   (select min(g.gap_deadline) from review_gap_material g
                    where g.case_no = c.case_no and g.provided_at is null) as open_gap_deadline
            from review_case c
            """;

    private final JdbcClient jdbc;

    CaseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates the case unless it exists: a redelivered submission never makes a second one. */
    boolean create(ReviewCase c, OffsetDateTime now) {
        var s = c.state();
        return jdbc.sql("""
                                insert into review_case (case_no, application_id, item_code, item_version, item_name,
                                    department, review_departments, channel, applicant_name, applicant_type, applicant_code, status,
                                    submitted_at,
                                    received_at, promised_days, created_at, updated_at)
                                values (:caseNo, :applicationId, :itemCode, :itemVersion, :itemName, :department,
                                    cast(:reviewDepartments as text[]), :channel, :applicantName, :applicantType, :applicantCode,
                                    :status,
                                    :submittedAt, :receivedAt, :promisedDays, :now, :now)
                                on conflict (case_no) do nothing
                                """)
                        .param("caseNo", s.caseNo())
                        .param("applicationId", c.applicationId())
                        .param("itemCode", c.itemCode())
                        .param("itemVersion", c.itemVersion())
                        .param("itemName", c.itemName())
                        .param("department", c.department())
                        .param("reviewDepartments", "{" + String.join(",", s.reviewDepartments()) + "}")
                        .param("channel", c.channel())
                        .param("applicantName", c.applicantName())
                        .param("applicantType", c.applicantType())
                        .param("applicantCode", c.applicantCode())
                        .param("status", s.status().name())
                        .param("submittedAt", c.submittedAt())
                        .param("receivedAt", s.receivedAt())
                        .param("promisedDays", s.timing().promisedDays())
                        .param("now", now)
                        .update()
                == 1;
    }

    public Optional<ReviewCase> find(String caseNo) {
        return jdbc.sql(SELECT + " where c.case_no = :caseNo")
                .param("caseNo", caseNo)
                .query(CaseStore::map)
                .optional();
    }

    /** Reads and locks: of two acting on one case at once, the second sees the first's result. */
    public Optional<ReviewCase> lock(String caseNo) {
        return jdbc.sql(SELECT + " where c.case_no = :caseNo for update of c")
                .param("caseNo", caseNo)
                .query(CaseStore::map)
                .optional();
    }

    /**
     * The next submitted cases received before {@code receivedBefore}, after {@code afterCaseNo} in
     * case-number order, locked; rows another instance holds are skipped, it handles them.
     */
    public List<ReviewCase> lockSubmittedBefore(OffsetDateTime receivedBefore, String afterCaseNo, int limit) {
        return jdbc.sql(SELECT + """
                         where c.status = 'SUBMITTED' and c.received_at < :before and c.case_no > :after
                        order by c.case_no limit :limit for update of c skip locked
                        """)
                .param("before", receivedBefore)
                .param("after", afterCaseNo)
                .param("limit", limit)
                .query(CaseStore::map)
                .list();
    }

    /** The next running cases not yet announced RED, after {@code afterCaseNo}, locked as above. */
    public List<ReviewCase> lockRunningNotRed(String afterCaseNo, int limit) {
        return jdbc.sql(SELECT + """
                         where c.status in ('ACCEPTED', 'IN_REVIEW') and c.deadline is not null
                          and c.warning <> 'RED' and c.case_no > :after
                        order by c.case_no limit :limit for update of c skip locked
                        """)
                .param("after", afterCaseNo)
                .param("limit", limit)
                .query(CaseStore::map)
                .list();
    }

    /** Writes back a transition of a case whose row lock the caller holds. */
    void save(CaseState before, CaseState after, OffsetDateTime now) {
        var t = after.timing();
        jdbc.sql("""
                        update review_case set status = :status, received_at = :receivedAt, accepted_on = :acceptedOn,
                            paused_days = :pausedDays, extension_days = :extensionDays, paused_since = :pausedSince,
                            special_procedure = :special, special_since = :specialSince, deadline = :deadline,
                            warning = :warning, decision = :decision, decision_reason = :reason, updated_at = :now
                        where case_no = :caseNo
                        """)
                .param("status", after.status().name())
                .param("receivedAt", after.receivedAt())
                .param("acceptedOn", t.acceptedOn())
                .param("pausedDays", t.pausedDays())
                .param("extensionDays", t.extensionDays())
                .param("pausedSince", t.pausedSince())
                .param("special", t.specialProcedure())
                .param("specialSince", t.specialSince())
                .param("deadline", t.deadline())
                .param("warning", after.warning().name())
                .param("decision", after.decision())
                .param("reason", after.decisionReason())
                .param("now", now)
                .param("caseNo", after.caseNo())
                .update();
        for (var opened : difference(after.openGap(), before.openGap())) {
            jdbc.sql("""
                            insert into review_gap_material (case_no, material_id, gap_deadline, opened_at)
                            values (:caseNo, :material, :deadline, :now)
                            on conflict (case_no, material_id)
                            do update set gap_deadline = excluded.gap_deadline, opened_at = excluded.opened_at,
                                          provided_at = null
                            """)
                    .param("caseNo", after.caseNo())
                    .param("material", opened)
                    .param("deadline", after.gapDeadline())
                    .param("now", now)
                    .update();
        }
        for (var closed : difference(before.openGap(), after.openGap())) {
            jdbc.sql("update review_gap_material set provided_at = :now where case_no = :caseNo and material_id = :m")
                    .param("now", now)
                    .param("caseNo", after.caseNo())
                    .param("m", closed)
                    .update();
        }
    }

    public record Opinion(String department, String reviewer, String opinion, boolean favourable, OffsetDateTime at) {}

    void addOpinion(String caseNo, Opinion opinion) {
        jdbc.sql("""
                        insert into review_opinion (case_no, department, reviewer, opinion, favourable, at)
                        values (:caseNo, :department, :reviewer, :opinion, :favourable, :at)
                        """)
                .param("caseNo", caseNo)
                .param("department", opinion.department())
                .param("reviewer", opinion.reviewer())
                .param("opinion", opinion.opinion())
                .param("favourable", opinion.favourable())
                .param("at", opinion.at())
                .update();
    }

    public List<Opinion> opinions(String caseNo) {
        return jdbc.sql("select * from review_opinion where case_no = :caseNo order by at")
                .param("caseNo", caseNo)
                .query((rs, n) -> new Opinion(
                        rs.getString("department"),
                        rs.getString("reviewer"),
                        rs.getString("opinion"),
                        rs.getBoolean("favourable"),
                        rs.getObject("at", OffsetDateTime.class)))
                .list();
    }

    /** A material accepted with a gap: when it is due, and when it was handed in (null: still open). */
    public record GapMaterial(
            String materialId, LocalDate gapDeadline, OffsetDateTime openedAt, OffsetDateTime providedAt) {}

    public List<GapMaterial> gapMaterials(String caseNo) {
        return jdbc.sql("select * from review_gap_material where case_no = :caseNo order by material_id")
                .param("caseNo", caseNo)
                .query((rs, n) -> new GapMaterial(
                        rs.getString("material_id"),
                        rs.getObject("gap_deadline", LocalDate.class),
                        rs.getObject("opened_at", OffsetDateTime.class),
                        rs.getObject("provided_at", OffsetDateTime.class)))
                .list();
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        var rest = new HashSet<>(a);
        rest.removeAll(b);
        return rest;
    }

    private static ReviewCase map(ResultSet rs, int row) throws SQLException {
        var timing = new CaseState.Timing(
                rs.getObject("accepted_on", LocalDate.class),
                rs.getInt("promised_days"),
                rs.getInt("paused_days"),
                rs.getInt("extension_days"),
                rs.getObject("paused_since", LocalDate.class),
                rs.getString("special_procedure"),
                rs.getObject("special_since", LocalDate.class),
                rs.getObject("deadline", LocalDate.class));
        var state = new CaseState(
                rs.getString("case_no"),
                CaseStatus.valueOf(rs.getString("status")),
                List.of((String[]) rs.getArray("review_departments").getArray()),
                Set.of((String[]) rs.getArray("opinions_from").getArray()),
                rs.getObject("received_at", OffsetDateTime.class),
                timing,
                Set.of((String[]) rs.getArray("open_gap").getArray()),
                rs.getObject("open_gap_deadline", LocalDate.class),
                Deadlines.Warning.valueOf(rs.getString("warning")),
                rs.getString("decision"),
                rs.getString("decision_reason"));
        return new ReviewCase(
                rs.getObject("application_id", UUID.class),
                rs.getString("item_code"),
                rs.getInt("item_version"),
                rs.getString("item_name"),
                rs.getString("department"),
                rs.getString("channel"),
                rs.getString("applicant_name"),
                rs.getString("applicant_type"),
                rs.getString("applicant_code"),
                rs.getObject("submitted_at", OffsetDateTime.class),
                state);
    }
}
