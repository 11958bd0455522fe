package org.onewindow.review.audit;

import org.onewindow.platform.web.ProblemException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The trail of a case and whether it holds, link by link and against the signed checkpoints. */
@RestController
class AuditController {

    private final AuditTrail trail;
    private final AuditVerifier verifier;

    AuditController(AuditTrail trail, AuditVerifier verifier) {
        this.trail = trail;
        this.verifier = verifier;
    }

    @GetMapping("/api/review/cases/{caseNo}/audit")
    AuditReport audit(@PathVariable String caseNo) {
        if (trail.of(caseNo).isEmpty()) {
            throw ProblemException.notFound("no case " + caseNo);
        }
        return verifier.report(caseNo);
    }
}
