package org.onewindow.review.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.onewindow.review.signing.Sm2Keys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Anchors the trails' heads: every interval, the newest link of each case that moved since the
 * last checkpoint goes into a new checkpoint, chained to the last and signed with the bureau's SM2
 * key. A trail that no longer holds is not anchored (that would vouch for the tampering): the
 * verifier reports it. One instance at a time, by an advisory lock.
 */
@Component
public class AuditCheckpointer {

    private static final Logger log = LoggerFactory.getLogger(AuditCheckpointer.class);

    private final AuditTrail trail;
    private final CheckpointStore checkpoints;
    private final Sm2Keys keys;
    private final TransactionTemplate transactions;
    private final Clock clock;

    AuditCheckpointer(
            AuditTrail trail,
            CheckpointStore checkpoints,
            Sm2Keys keys,
            TransactionTemplate transactions,
            Clock clock) {
        this.trail = trail;
        this.checkpoints = checkpoints;
        this.keys = keys;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${onewindow.audit.checkpoint-interval:5m}",
            initialDelayString = "${onewindow.audit.checkpoint-interval:5m}")
    void scheduled() {
        checkpoint();
    }

    /** Writes the next checkpoint, if any trail moved and no other instance is writing one. */
    public Optional<Long> checkpoint() {
        return transactions.execute(status -> {
            if (!checkpoints.tryLock()) {
                return Optional.<Long>empty();
            }
            var heads = holding(trail.unanchoredHeads());
            if (heads.isEmpty()) {
                return Optional.<Long>empty();
            }
            var latest = checkpoints.latest();
            var checkpoint = new Checkpoint(
                    latest.map(l -> l.id() + 1).orElse(1L),
                    OffsetDateTime.now(clock),
                    latest.map(CheckpointStore.Latest::digest).orElse(AuditChain.GENESIS),
                    heads);
            checkpoints.insert(checkpoint, keys.sign(checkpoint.signed()), Sm2Keys.ALGORITHM, keys.publicKeyHex());
            // a copy outside the database: whoever deletes the newest checkpoints cannot delete the log
            log.info(
                    "audit checkpoint {} anchors {} head(s), digest {}",
                    checkpoint.id(),
                    heads.size(),
                    checkpoint.digest());
            return Optional.of(checkpoint.id());
        });
    }

    /** The heads whose trails hold, read a page of cases at a time (two queries a page, not two a case). */
    private List<AuditHead> holding(List<AuditHead> heads) {
        var holding = new ArrayList<AuditHead>(heads.size());
        for (var page : Pages.of(heads)) {
            var cases = page.stream().map(AuditHead::caseNo).toList();
            var trails = trail.ofCases(cases);
            var anchors = checkpoints.anchorsOfCases(cases);
            for (var head : page) {
                var check = TrailCheck.of(
                        trails.getOrDefault(head.caseNo(), List.of()),
                        anchors.getOrDefault(head.caseNo(), List.of()),
                        id -> true);
                if (check.holds()) {
                    holding.add(head);
                } else {
                    log.warn("audit trail of case {} not anchored: {}", head.caseNo(), check.problem());
                }
            }
        }
        return holding;
    }
}
