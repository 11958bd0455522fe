package org.onewindow.application.tracking;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.onewindow.application.application.ApplicantInput;
import org.onewindow.application.application.Application;
import org.onewindow.application.application.ApplicationStore;
import org.onewindow.application.application.Channel;
import org.onewindow.application.evaluation.Evaluations;
import org.onewindow.application.timeline.Timeline;
import org.onewindow.platform.privacy.Masking;
import org.onewindow.platform.security.Roles;
import org.onewindow.platform.web.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Following and rating a counter or provincial case by its case number and query code. */
@Service
class PublicTracking {

    private final ApplicationStore store;
    private final Timeline timeline;
    private final QueryCodes codes;
    private final GuessThrottle throttle;
    private final Evaluations evaluations;

    PublicTracking(
            ApplicationStore store,
            Timeline timeline,
            QueryCodes codes,
            GuessThrottle throttle,
            Evaluations evaluations) {
        this.store = store;
        this.timeline = timeline;
        this.codes = codes;
        this.throttle = throttle;
        this.evaluations = evaluations;
    }

    @Transactional(readOnly = true)
    PublicProgress progress(String caseNo, String code, String address) {
        var application = verified(caseNo, code, address, false);
        var naturalPerson = application.applicant().type() == ApplicantInput.ApplicantType.NATURAL_PERSON;
        return new PublicProgress(
                application.caseNo(),
                application.itemName(),
                application.channel().name(),
                application.status().name(),
                Masking.name(application.applicant().name(), naturalPerson),
                application.submittedAt(),
                application.ratableNow(),
                timeline.of(application.id()).stream()
                        .map(e -> new PublicProgress.Step(e.at(), e.status(), e.action(), e.detail()))
                        .toList());
    }

    @Transactional
    void rate(String caseNo, String code, String address, Evaluations.Rating rating) {
        var application = verified(caseNo, code, address, true);
        evaluations.rate(application, rating, Roles.APPLICANT);
    }

    /**
     * The case, if the code is its own; otherwise the same 404 as for a case that does not exist
     * (online cases have no code: their applicants sign in).
     */
    private Application verified(String caseNo, String code, String address, boolean lock) {
        if (!throttle.allows(caseNo, address)) {
            throw new ProblemException(
                    HttpStatus.TOO_MANY_REQUESTS,
                    "too-many-requests",
                    "too many wrong query codes; try again in " + GuessThrottle.WINDOW.toMinutes()
                            + " minutes, or ask at the service hall",
                    List.of());
        }
        var found = (lock ? store.findByCaseNo(caseNo) : store.findByCaseNoReadOnly(caseNo))
                .filter(a -> a.channel() != Channel.ONLINE)
                .filter(a -> codes.matches(a.caseNo(), code));
        if (found.isEmpty()) {
            throttle.failed(caseNo, address);
            throw ProblemException.notFound("no case " + caseNo + " with this query code; check both on the receipt");
        }
        return found.get();
    }

    /** The caller's address: the first hop the gateway saw, else the connection's. */
    static String address(HttpServletRequest request) {
        var forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded != null && !forwarded.isBlank()) {
            return forwarded.split(",")[0].strip();
        }
        return request.getRemoteAddr();
    }
}
