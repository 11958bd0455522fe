package org.onewindow.disclosure.result;

import java.util.List;
import org.onewindow.contracts.application.ApplicationSubmitted;
import org.onewindow.contracts.review.DecisionMade;
import org.onewindow.platform.privacy.Masking;
import org.springframework.stereotype.Service;

/**
 * The applicant comes from application.v1, the decision from review.v1, in either order; a result
 * appears once both are in. Only the masked name is ever stored.
 */
@Service
class PublicResultService {

    private final PublicResultStore store;

    PublicResultService(PublicResultStore store) {
        this.store = store;
    }

    void submitted(ApplicationSubmitted submitted) {
        var applicant = submitted.applicant();
        store.saveApplicant(
                submitted.caseNo(),
                submitted.itemCode(),
                Masking.name(applicant.name(), "NATURAL_PERSON".equals(applicant.type())));
    }

    void decided(DecisionMade decision) {
        store.saveDecision(
                decision.caseNo(),
                "APPROVE".equals(decision.decision()) ? "APPROVED" : "DENIED",
                decision.reason(),
                decision.decidedAt());
    }

    List<Result> list(String itemCode, int page, int size) {
        int limit = Math.min(Math.max(size, 1), 100);
        return store.published(itemCode, limit, Math.max(page, 0) * limit);
    }
}
