package org.onewindow.review.audit;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Case audit trails in PostgreSQL; appended in the transaction of the step they record. */
@Repository
public class AuditTrail {

    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Appends the next link; the caller holds the case's row lock, so links never interleave. */
    public AuditEntry append(AuditFacts given) {
        // PostgreSQL keeps microseconds and rounds the rest: store exactly what was hashed
        var facts = new AuditFacts(
                given.caseNo(),
                given.actor(),
                given.role(),
                given.department(),
                given.at().truncatedTo(java.time.temporal.ChronoUnit.MICROS),
                given.action(),
                given.opinion(),
                given.statusBefore(),
                given.statusAfter());
        var entry = AuditChain.append(last(facts.caseNo()), facts);
        jdbc.sql("""
                        insert into audit_entry (case_no, sequence, actor, role, department, at, action, opinion,
                                                 status_before, status_after, previous_hash, algorithm, hash)
                        values (:caseNo, :sequence, :actor, :role, :department, :at, :action, :opinion,
                                :before, :after, :previousHash, :algorithm, :hash)
                        """)
                .param("caseNo", facts.caseNo())
                .param("sequence", entry.sequence())
                .param("actor", facts.actor())
                .param("role", facts.role())
                .param("department", facts.department())
                .param("at", facts.at())
                .param("action", facts.action())
                .param("opinion", facts.opinion())
                .param("before", facts.statusBefore())
                .param("after", facts.statusAfter())
                .param("previousHash", entry.previousHash())
                .param("algorithm", entry.algorithm())
                .param("hash", entry.hash())
                .update();
        return entry;
    }

    public List<AuditEntry> of(String caseNo) {
        return jdbc.sql("select * from audit_entry where case_no = :caseNo order by sequence")
                .param("caseNo", caseNo)
                .query(AuditTrail::map)
                .list();
    }

    /** Only the newest link: appending needs its hash, not the whole trail. */
    private AuditEntry last(String caseNo) {
        return jdbc.sql("select * from audit_entry where case_no = :caseNo order by sequence desc limit 1")
                .param("caseNo", caseNo)
                .query(AuditTrail::map)
                .optional()
                .orElse(null);
    }

    private static AuditEntry map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new AuditEntry(
                rs.getLong("sequence"),
                new AuditFacts(
                        rs.getString("case_no"),
                        rs.getString("actor"),
                        rs.getString("role"),
                        rs.getString("department"),
                        rs.getObject("at", OffsetDateTime.class),
                        rs.getString("action"),
                        rs.getString("opinion"),
                        rs.getString("status_before"),
                        rs.getString("status_after")),
                rs.getString("previous_hash"),
                rs.getString("algorithm"),
                rs.getString("hash"));
    }
}
