package org.onewindow.review.casefile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Cases and department opinions in PostgreSQL. */
@Repository
public class CaseStore {

    private final JdbcClient jdbc;

    CaseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates the case unless it exists: a redelivered submission never makes a second one. */
    boolean createIfAbsent(ReviewCase c, OffsetDateTime now) {
        return jdbc.sql("""
                                insert into review_case (case_no, application_id, item_code, item_version, item_name,
                                    department, review_departments, channel, applicant_name, status, submitted_at,
                                    promised_days, created_at, updated_at)
                                values (:caseNo, :applicationId, :itemCode, :itemVersion, :itemName, :department,
                                    cast(:reviewDepartments as text[]), :channel, :applicantName, 'SUBMITTED',
                                    :submittedAt, :promisedDays, :now, :now)
                                on conflict (case_no) do nothing
                                """)
                        .param("caseNo", c.caseNo())
                        .param("applicationId", c.applicationId())
                        .param("itemCode", c.itemCode())
                        .param("itemVersion", c.itemVersion())
                        .param("itemName", c.itemName())
                        .param("department", c.department())
                        .param("reviewDepartments", "{" + String.join(",", c.reviewDepartments()) + "}")
                        .param("channel", c.channel())
                        .param("applicantName", c.applicantName())
                        .param("submittedAt", c.submittedAt())
                        .param("promisedDays", c.promisedDays())
                        .param("now", now)
                        .update()
                == 1;
    }

    public Optional<ReviewCase> find(String caseNo) {
        return jdbc.sql("select * from review_case where case_no = :caseNo")
                .param("caseNo", caseNo)
                .query(CaseStore::map)
                .optional();
    }

    /** Reads and locks: of two staff acting on one case at once, the second sees the first's result. */
    public Optional<ReviewCase> lock(String caseNo) {
        return jdbc.sql("select * from review_case where case_no = :caseNo for update")
                .param("caseNo", caseNo)
                .query(CaseStore::map)
                .optional();
    }

    void update(
            String caseNo,
            CaseStatus status,
            LocalDate acceptedOn,
            int pausedDays,
            LocalDate pausedSince,
            LocalDate deadline,
            String decision,
            String decisionReason,
            OffsetDateTime now) {
        jdbc.sql("""
                        update review_case set status = :status, accepted_on = :acceptedOn, paused_days = :pausedDays,
                            paused_since = :pausedSince, deadline = :deadline, decision = :decision,
                            decision_reason = :reason, updated_at = :now
                        where case_no = :caseNo
                        """)
                .param("status", status.name())
                .param("acceptedOn", acceptedOn)
                .param("pausedDays", pausedDays)
                .param("pausedSince", pausedSince)
                .param("deadline", deadline)
                .param("decision", decision)
                .param("reason", decisionReason)
                .param("now", now)
                .param("caseNo", caseNo)
                .update();
    }

    public record Opinion(String department, String reviewer, String opinion, boolean favourable, OffsetDateTime at) {}

    boolean addOpinion(String caseNo, Opinion opinion) {
        return jdbc.sql("""
                                insert into review_opinion (case_no, department, reviewer, opinion, favourable, at)
                                values (:caseNo, :department, :reviewer, :opinion, :favourable, :at)
                                on conflict (case_no, department) do nothing
                                """)
                        .param("caseNo", caseNo)
                        .param("department", opinion.department())
                        .param("reviewer", opinion.reviewer())
                        .param("opinion", opinion.opinion())
                        .param("favourable", opinion.favourable())
                        .param("at", opinion.at())
                        .update()
                == 1;
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

    private static ReviewCase map(ResultSet rs, int row) throws SQLException {
        return new ReviewCase(
                rs.getString("case_no"),
                rs.getObject("application_id", UUID.class),
                rs.getString("item_code"),
                rs.getInt("item_version"),
                rs.getString("item_name"),
                rs.getString("department"),
                List.of((String[]) rs.getArray("review_departments").getArray()),
                rs.getString("channel"),
                rs.getString("applicant_name"),
                CaseStatus.valueOf(rs.getString("status")),
                rs.getObject("submitted_at", OffsetDateTime.class),
                rs.getObject("accepted_on", LocalDate.class),
                rs.getInt("promised_days"),
                rs.getInt("paused_days"),
                rs.getInt("extension_days"),
                rs.getObject("paused_since", LocalDate.class),
                rs.getObject("deadline", LocalDate.class),
                rs.getString("decision"));
    }
}
