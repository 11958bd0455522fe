package org.onewindow.review.audit;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
        var facts = stored(given);
        return insert(AuditChain.append(last(facts.caseNo()), facts));
    }

    /**
     * The first link of a case created in the caller's transaction: there is nothing before it to
     * read (issue 16). Were there a trail after all, its primary key (case_no, sequence) refuses a
     * second first link, and the transaction rolls back rather than fork the chain.
     */
    public AuditEntry start(AuditFacts given) {
        return insert(AuditChain.append(null, stored(given)));
    }

    // PostgreSQL keeps microseconds and rounds the rest: store exactly what was hashed
    private static AuditFacts stored(AuditFacts given) {
        return new AuditFacts(
                given.caseNo(),
                given.actor(),
                given.role(),
                given.department(),
                given.at().truncatedTo(java.time.temporal.ChronoUnit.MICROS),
                given.action(),
                given.opinion(),
                given.statusBefore(),
                given.statusAfter());
    }

    private AuditEntry insert(AuditEntry entry) {
        var facts = entry.facts();
        jdbc.sql("""
                        insert into audit_entry (case_no, sequence, actor, role, department, at, action, opinion,
                                                 status_before, status_after, previous_hash, algorithm, format, hash)
                        values (:caseNo, :sequence, :actor, :role, :department, :at, :action, :opinion,
                                :before, :after, :previousHash, :algorithm, :format, :hash)
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
                .param("format", entry.format())
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

    /**
     * The trails of a page of cases in one query, each in sequence order: the audit jobs read a
     * page at a time, not a query per case (issue 16). A case without a trail is absent.
     */
    Map<String, List<AuditEntry>> ofCases(Collection<String> caseNos) {
        if (caseNos.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("select * from audit_entry where case_no in (:caseNos) order by case_no, sequence")
                .param("caseNos", caseNos)
                .query(AuditTrail::map)
                .list()
                .stream()
                .collect(Collectors.groupingBy(entry -> entry.facts().caseNo()));
    }

    /**
     * The newest link of each case whose head no checkpoint has anchored at or past its sequence:
     * what the next checkpoint anchors. A trail cut below its anchored head is left to the verifier.
     */
    List<AuditHead> unanchoredHeads() {
        return jdbc.sql("""
                        select h.case_no, h.sequence, h.hash
                        from (select distinct on (case_no) case_no, sequence, hash
                              from audit_entry order by case_no, sequence desc) h
                        where not exists (select 1 from audit_anchor a
                                          where a.case_no = h.case_no and a.sequence >= h.sequence)
                        order by h.case_no
                        """)
                .query((rs, n) -> new AuditHead(rs.getString("case_no"), rs.getLong("sequence"), rs.getString("hash")))
                .list();
    }

    /** The cases with a trail or an anchor, after {@code afterCaseNo} in case-number order: the verifier's walk. */
    List<String> casesAfter(String afterCaseNo, int limit) {
        return jdbc.sql("""
                        select case_no from (select case_no from audit_entry union select case_no from audit_anchor) c
                        where case_no > :after order by case_no limit :limit
                        """)
                .param("after", afterCaseNo)
                .param("limit", limit)
                .query(String.class)
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
                rs.getInt("format"),
                rs.getString("hash"));
    }
}
