package org.onewindow.review.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Signed checkpoints and the heads they anchor, in their own tables apart from the trail: written
 * by {@link AuditCheckpointer} alone, read by {@link AuditVerifier}.
 */
@Repository
class CheckpointStore {

    // any fixed number, the same in every instance: one checkpointer at a time
    private static final long LOCK = 0x0a0d17c4ec4b0171L;

    private final JdbcClient jdbc;

    CheckpointStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes the checkpointer's lock for the caller's transaction; false if another instance holds it. */
    boolean tryLock() {
        return jdbc.sql("select pg_try_advisory_xact_lock(:lock)")
                .param("lock", LOCK)
                .query(Boolean.class)
                .single();
    }

    record Latest(long id, String digest) {}

    Optional<Latest> latest() {
        return jdbc.sql("select id, digest from audit_checkpoint order by id desc limit 1")
                .query((rs, n) -> new Latest(rs.getLong("id"), rs.getString("digest")))
                .optional();
    }

    void insert(Checkpoint checkpoint, String signature, String algorithm, String publicKey) {
        jdbc.sql("""
                        insert into audit_checkpoint (id, taken_at, previous_digest, heads, digest, algorithm,
                                                      signature, public_key)
                        values (:id, :takenAt, :previous, :heads, :digest, :algorithm, :signature, :publicKey)
                        """)
                .param("id", checkpoint.id())
                .param("takenAt", checkpoint.takenAt())
                .param("previous", checkpoint.previousDigest())
                .param("heads", checkpoint.heads().size())
                .param("digest", checkpoint.digest())
                .param("algorithm", algorithm)
                .param("signature", signature)
                .param("publicKey", publicKey)
                .update();
        // a page of rows a statement, not one each (issue 16); a list of arrays expands to
        // "(?, ?, ?, ?), (?, ?, ?, ?), ..."
        for (var page : Pages.of(checkpoint.heads())) {
            var rows = page.stream()
                    .map(head -> new Object[] {checkpoint.id(), head.caseNo(), head.sequence(), head.hash()})
                    .toList();
            jdbc.sql("insert into audit_anchor (checkpoint_id, case_no, sequence, hash) values :rows")
                    .param("rows", rows)
                    .update();
        }
    }

    /** The anchors of a page of cases in one query, each case's in the order {@link #anchorsOf(String)} gives. */
    Map<String, List<Anchor>> anchorsOfCases(Collection<String> caseNos) {
        if (caseNos.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("select * from audit_anchor where case_no in (:caseNos) order by case_no, sequence, checkpoint_id")
                .param("caseNos", caseNos)
                .query(CheckpointStore::anchor)
                .list()
                .stream()
                .collect(Collectors.groupingBy(Anchor::caseNo));
    }

    List<Anchor> anchorsOf(String caseNo) {
        return jdbc.sql("select * from audit_anchor where case_no = :caseNo order by sequence, checkpoint_id")
                .param("caseNo", caseNo)
                .query(CheckpointStore::anchor)
                .list();
    }

    private static Anchor anchor(ResultSet rs, int row) throws SQLException {
        return new Anchor(
                rs.getLong("checkpoint_id"), rs.getString("case_no"), rs.getLong("sequence"), rs.getString("hash"));
    }

    Optional<StoredCheckpoint> find(long id) {
        return after(id - 1, 1).stream().filter(c -> c.checkpoint().id() == id).findFirst();
    }

    /** The next checkpoints after {@code afterId} in order, each rebuilt from its rows. */
    List<StoredCheckpoint> after(long afterId, int limit) {
        record Row(long id, OffsetDateTime takenAt, String previous, int heads, String digest, String signature) {}
        var rows = jdbc.sql("select * from audit_checkpoint where id > :after order by id limit :limit")
                .param("after", afterId)
                .param("limit", limit)
                .query((rs, n) -> new Row(
                        rs.getLong("id"),
                        rs.getObject("taken_at", OffsetDateTime.class),
                        rs.getString("previous_digest"),
                        rs.getInt("heads"),
                        rs.getString("digest"),
                        rs.getString("signature")))
                .list();
        // the page's heads in one query, not one a checkpoint (issue 16); Checkpoint orders them itself
        var heads = rows.isEmpty()
                ? Map.<Long, List<AuditHead>>of()
                : jdbc
                        .sql("select checkpoint_id, case_no, sequence, hash from audit_anchor"
                                + " where checkpoint_id in (:ids)")
                        .param("ids", rows.stream().map(Row::id).toList())
                        .query(CheckpointStore::anchor)
                        .list()
                        .stream()
                        .collect(Collectors.groupingBy(
                                Anchor::checkpointId,
                                Collectors.mapping(
                                        a -> new AuditHead(a.caseNo(), a.sequence(), a.hash()), Collectors.toList())));
        return rows.stream()
                .map(r -> new StoredCheckpoint(
                        new Checkpoint(r.id(), r.takenAt(), r.previous(), heads.getOrDefault(r.id(), List.of())),
                        r.heads(),
                        r.digest(),
                        r.signature()))
                .toList();
    }
}
