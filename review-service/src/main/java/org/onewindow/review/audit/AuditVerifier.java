package org.onewindow.review.audit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.onewindow.review.signing.TrustedKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Verifies the trails against their checkpoints: one case on request, and every checkpoint and
 * every case on a schedule. The scheduled walk sets {@code onewindow.audit.verification.failures}
 * (broken checkpoints plus broken cases; an alert fires above 0) and logs the first broken case.
 */
@Component
public class AuditVerifier {

    static final String FAILURES = "onewindow.audit.verification.failures";
    private static final Logger log = LoggerFactory.getLogger(AuditVerifier.class);

    private final AuditTrail trail;
    private final CheckpointStore checkpoints;
    private final TrustedKeys trusted;
    private final AtomicInteger failures = new AtomicInteger();

    AuditVerifier(AuditTrail trail, CheckpointStore checkpoints, TrustedKeys trusted, MeterRegistry meters) {
        this.trail = trail;
        this.checkpoints = checkpoints;
        this.trusted = trusted;
        Gauge.builder(FAILURES, failures, AtomicInteger::get)
                .description("broken audit checkpoints and case trails found by the last verification")
                .register(meters);
    }

    /** One case's trail and whether it holds; the caller has checked that the case exists and who asks. */
    public AuditReport report(String caseNo) {
        var entries = trail.of(caseNo);
        var anchors = checkpoints.anchorsOf(caseNo);
        var checked = new HashMap<Long, Boolean>();
        var check = TrailCheck.of(entries, anchors, id -> checked.computeIfAbsent(id, this::checkpointHolds));
        return new AuditReport(
                caseNo, check.holds(), check.firstBrokenSequence(), check.anchoredSequence(), check.problem(), entries);
    }

    @Scheduled(
            fixedDelayString = "${onewindow.audit.verification-interval:15m}",
            initialDelayString = "${onewindow.audit.verification-interval:15m}")
    void scheduled() {
        verifyAll();
    }

    /** Walks every checkpoint, then every case's trail; returns, and reports, how many do not hold. */
    public int verifyAll() {
        var valid = new HashMap<Long, Boolean>();
        int broken = walkCheckpoints(valid);
        String firstBroken = null;
        var after = "";
        while (true) {
            var cases = trail.casesAfter(after, Pages.SIZE);
            // the page's trails and anchors in two queries, not two a case (issue 16)
            var trails = trail.ofCases(cases);
            var anchors = checkpoints.anchorsOfCases(cases);
            for (var caseNo : cases) {
                var check = TrailCheck.of(
                        trails.getOrDefault(caseNo, List.of()),
                        anchors.getOrDefault(caseNo, List.of()),
                        id -> valid.getOrDefault(id, false));
                if (!check.holds()) {
                    broken++;
                    if (firstBroken == null) {
                        firstBroken = caseNo;
                        log.error("audit trail of case {} does not verify: {}", caseNo, check.problem());
                    }
                }
            }
            if (cases.size() < Pages.SIZE) {
                break;
            }
            after = cases.get(cases.size() - 1);
        }
        failures.set(broken);
        if (broken > 0) {
            log.error(
                    "audit verification: {} broken checkpoint(s) and trail(s), the first case {}", broken, firstBroken);
        }
        return broken;
    }

    /** Each checkpoint in order: numbered without gaps, chained to the one before, and as signed. */
    private int walkCheckpoints(Map<Long, Boolean> valid) {
        int broken = 0;
        long expectedId = 1;
        var expectedPrevious = AuditChain.GENESIS;
        while (true) {
            var page = checkpoints.after(expectedId - 1, Pages.SIZE);
            for (var stored : page) {
                var checkpoint = stored.checkpoint();
                boolean holds = holds(stored)
                        && checkpoint.id() == expectedId
                        && checkpoint.previousDigest().equals(expectedPrevious);
                valid.put(checkpoint.id(), holds);
                if (!holds) {
                    broken++;
                    log.error("audit checkpoint {} does not verify", checkpoint.id());
                }
                expectedId = checkpoint.id() + 1;
                expectedPrevious = stored.digest();
            }
            if (page.size() < Pages.SIZE) {
                return broken;
            }
        }
    }

    private boolean checkpointHolds(long checkpointId) {
        return checkpoints.find(checkpointId).map(this::holds).orElse(false);
    }

    private boolean holds(StoredCheckpoint stored) {
        var checkpoint = stored.checkpoint();
        return checkpoint.heads().size() == stored.headsClaimed()
                && checkpoint.digest().equals(stored.digest())
                && trusted.verify(checkpoint.signed(), stored.signature());
    }
}
