package org.onewindow.review.audit;

import java.util.List;
import org.onewindow.platform.web.ProblemException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The trail of a case and whether its chain holds; a broken one names its first broken entry. */
@RestController
class AuditController {

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    record AuditReport(String caseNo, boolean verified, Long firstBrokenSequence, List<AuditEntry> entries) {}

    @GetMapping("/api/review/cases/{caseNo}/audit")
    AuditReport audit(@PathVariable String caseNo) {
        var entries = trail.of(caseNo);
        if (entries.isEmpty()) {
            throw ProblemException.notFound("no case " + caseNo);
        }
        var broken = AuditChain.firstBroken(entries);
        return new AuditReport(
                caseNo, broken.isEmpty(), broken.map(AuditEntry::sequence).orElse(null), entries);
    }
}
