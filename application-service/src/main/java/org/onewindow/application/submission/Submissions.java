package org.onewindow.application.submission;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.onewindow.application.application.Access;
import org.onewindow.application.application.ApplicantInput;
import org.onewindow.application.application.Application;
import org.onewindow.application.application.ApplicationLifecycle;
import org.onewindow.application.application.ApplicationLifecycle.Action;
import org.onewindow.application.application.ApplicationLifecycle.Effect;
import org.onewindow.application.application.ApplicationSteps;
import org.onewindow.application.application.ApplicationSteps.Step;
import org.onewindow.application.application.ApplicationStore;
import org.onewindow.application.item.ItemVersions;
import org.onewindow.application.material.MaterialStore;
import org.onewindow.application.prereview.PreReview;
import org.onewindow.application.prereview.PreReviewProblem;
import org.onewindow.application.tracking.QueryCodes;
import org.onewindow.contracts.EventTypes;
import org.onewindow.contracts.application.Applicant;
import org.onewindow.contracts.application.ApplicationResubmitted;
import org.onewindow.contracts.application.ApplicationSubmitted;
import org.onewindow.contracts.application.ApplicationWithdrawn;
import org.onewindow.platform.messaging.EventPublisher;
import org.onewindow.platform.privacy.Masking;
import org.onewindow.platform.security.Caller;
import org.onewindow.platform.web.FieldProblem;
import org.onewindow.platform.web.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submission, resubmission after a supplement, and withdrawal. Each runs under the application's
 * row lock, and its event leaves through the outbox in the same transaction.
 */
@Service
class Submissions {

    private final Access access;
    private final ApplicationStore store;
    private final ItemVersions items;
    private final MaterialStore materials;
    private final PreReview preReview;
    private final Idempotency idempotency;
    private final ApplicationSteps steps;
    private final QueryCodes queryCodes;
    private final EventPublisher events;
    private final MeterRegistry meters;
    private final Clock clock;

    Submissions(
            Access access,
            ApplicationStore store,
            ItemVersions items,
            MaterialStore materials,
            PreReview preReview,
            Idempotency idempotency,
            ApplicationSteps steps,
            QueryCodes queryCodes,
            EventPublisher events,
            MeterRegistry meters,
            Clock clock) {
        this.access = access;
        this.store = store;
        this.items = items;
        this.materials = materials;
        this.preReview = preReview;
        this.idempotency = idempotency;
        this.steps = steps;
        this.queryCodes = queryCodes;
        this.events = events;
        this.meters = meters;
        this.clock = clock;
    }

    @Transactional
    SubmissionResult submit(UUID id, String key, String body) {
        var caller = Caller.current();
        Idempotency.requireWellFormed(key);
        var hash = Idempotency.requestHash(id, "submit", body);
        var application = access.ownedForChange(id, caller);
        if (key != null) {
            // after the row lock: a concurrent retry with the same key sees the first one's answer
            var previous = idempotency.previous(caller.subject(), key, hash, SubmissionResult.class);
            if (previous.isPresent()) {
                return previous.get();
            }
        }
        if (ApplicationLifecycle.next(application.status(), Action.SUBMIT).effect() == Effect.REFUSED) {
            throw ProblemException.conflict("application " + id + " is " + application.status() + ", not a draft;"
                    + " send an Idempotency-Key to retry a submission safely");
        }
        passPreReview(application);
        var now = OffsetDateTime.now(clock);
        // before the step: the timeline's listeners (the provincial exchange) read the case number
        var caseNo = store.assignNextCaseNo(id, application.itemCode(), now)
                // the number's four digits (DOMAIN.md) are used up: the submission is refused, its
                // draft and everything else unchanged (this transaction, the sequence's too, rolls back)
                .orElseThrow(() -> ProblemException.conflict("item " + application.itemCode()
                        + " has used all 9999 case numbers of " + now.toLocalDate()
                        + "; the application is kept as it was and can be submitted again from tomorrow"));
        steps.act(
                application,
                Action.SUBMIT,
                new Step("SUBMITTED", application.filedByRole(), null, now),
                "only a draft is submitted");
        var applicant = application.applicant();
        events.publish(
                EventTypes.APPLICATION_SUBMITTED,
                caseNo,
                new ApplicationSubmitted(
                        caseNo,
                        id.toString(),
                        application.itemCode(),
                        application.itemVersion(),
                        application.department(),
                        application.channel().name(),
                        // nothing personal leaves but the name: a natural person's number masked
                        new Applicant(
                                applicant.type().name(),
                                applicant.name(),
                                applicant.type() == ApplicantInput.ApplicantType.NATURAL_PERSON
                                        ? Masking.identityNumber(applicant.idNumber())
                                        : applicant.idNumber()),
                        application.filedBy(),
                        now));
        var result = new SubmissionResult(
                id, caseNo, "SUBMITTED", now, queryCodes.forChannel(application.channel(), caseNo));
        if (key != null) {
            idempotency.remember(caller.subject(), key, hash, id, result, now);
        }
        meters.counter(
                        "onewindow.applications.submitted",
                        "item",
                        application.itemCode(),
                        "channel",
                        application.channel().name())
                .increment();
        return result;
    }

    @Transactional
    SubmissionResult resubmit(UUID id) {
        var application = access.ownedForChange(id, Caller.current());
        if (ApplicationLifecycle.next(application.status(), Action.RESUBMIT).effect() == Effect.REFUSED) {
            throw ProblemException.conflict(
                    "nothing was asked to supplement; the application is " + application.status());
        }
        passPreReview(application);
        var now = OffsetDateTime.now(clock);
        store.setSupplement(id, null, now);
        steps.act(
                application,
                Action.RESUBMIT,
                new Step("RESUBMITTED", application.filedByRole(), null, now),
                "only a supplement that was asked for is handed in");
        events.publish(
                EventTypes.APPLICATION_RESUBMITTED,
                application.caseNo(),
                new ApplicationResubmitted(application.caseNo(), id.toString(), now));
        return new SubmissionResult(
                id,
                application.caseNo(),
                "SUBMITTED",
                application.submittedAt(),
                queryCodes.forChannel(application.channel(), application.caseNo()));
    }

    @Transactional
    void withdraw(UUID id, String reason) {
        var application = access.ownedForChange(id, Caller.current());
        var now = OffsetDateTime.now(clock);
        steps.act(
                application,
                Action.WITHDRAW,
                new Step("WITHDRAWN", application.filedByRole(), null, now),
                "an application is withdrawn only before a decision");
        if (application.caseNo() != null) {
            events.publish(
                    EventTypes.APPLICATION_WITHDRAWN,
                    application.caseNo(),
                    new ApplicationWithdrawn(application.caseNo(), id.toString(), reason, now));
        }
    }

    private void passPreReview(Application application) {
        var item = items.version(application.itemCode(), application.itemVersion())
                .orElseThrow(() -> new ProblemException(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "service-unavailable",
                        "the item version is not available right now; try again shortly",
                        List.of()));
        var files = materials.of(application.id());
        var result = preReview.check(application.form(), item, files);
        if (!result.passed()) {
            throw new ProblemException(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "pre-review-failed",
                    result.problems().size() + " problem(s) to fix before submitting",
                    result.problems().stream().map(Submissions::asFieldProblem).toList());
        }
    }

    private static FieldProblem asFieldProblem(PreReviewProblem problem) {
        var field = problem.field() != null ? problem.field() : "materials." + problem.materialId();
        return new FieldProblem(field, problem.code(), problem.message());
    }
}
