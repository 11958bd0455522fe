package org.onewindow.review.deadline;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.onewindow.review.casefile.CaseLifecycle;
import org.onewindow.review.casefile.CaseStore;
import org.onewindow.review.casefile.CaseTransitions;
import org.onewindow.review.casefile.Outcome;
import org.onewindow.review.casefile.ReviewCase;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The clock's own steps, decided by {@link CaseLifecycle}: a submitted case no clerk handled within
 * 5 working days of its latest (re)submission is deemed accepted (art. 32); a running case turning
 * YELLOW or RED is announced once. Every due case is covered, in batches of their own transaction;
 * rows are taken with {@code FOR UPDATE SKIP LOCKED}, so several instances share the work and never
 * announce a transition twice.
 */
@Component
public class DeadlineSweep {

    static final int BATCH = 200;

    private final CaseStore cases;
    private final CaseTransitions transitions;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DeadlineSweep(CaseStore cases, CaseTransitions transitions, TransactionTemplate transactions, Clock clock) {
        this.cases = cases;
        this.transitions = transitions;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${onewindow.review.sweep-interval:60s}",
            initialDelayString = "${onewindow.review.sweep-interval:60s}")
    void scheduled() {
        sweep(LocalDate.now(clock));
    }

    /** One pass for the given day over every due case; returns how many cases changed. */
    public int sweep(LocalDate today) {
        var lifecycle = transitions.lifecycle();
        // received before the day after the last day whose cases are due today
        var receivedBefore = lifecycle
                .lastReceiptDeemedBy(today)
                .plusDays(1)
                .atStartOfDay(clock.getZone())
                .toOffsetDateTime();
        int changed = inBatches(
                lifecycle,
                after -> cases.lockSubmittedBefore(receivedBefore, after, BATCH),
                (machine, c) -> machine.deemAccepted(c.state(), moment(today)));
        return changed
                + inBatches(
                        lifecycle,
                        after -> cases.lockRunningNotRed(after, BATCH),
                        (machine, c) -> machine.warn(c.state(), c.department(), moment(today)));
    }

    /** Batch after batch in case-number order, each in its own transaction, until one comes back short. */
    private int inBatches(
            CaseLifecycle lifecycle,
            Function<String, List<ReviewCase>> next,
            BiFunction<CaseLifecycle, ReviewCase, Outcome> step) {
        int changed = 0;
        var after = "";
        while (true) {
            var from = after;
            record Batch(int size, String last, int changed) {}
            var batch = transactions.execute(status -> {
                var taken = next.apply(from);
                int n = 0;
                for (var c : taken) {
                    if (transitions.apply(
                            c, step.apply(lifecycle, c), CaseTransitions.Actor.SYSTEM, OffsetDateTime.now(clock))) {
                        n++;
                    }
                }
                return new Batch(
                        taken.size(),
                        taken.isEmpty() ? from : taken.get(taken.size() - 1).caseNo(),
                        n);
            });
            changed += batch.changed();
            if (batch.size() < BATCH) {
                return changed;
            }
            after = batch.last();
        }
    }

    private CaseLifecycle.Moment moment(LocalDate today) {
        return new CaseLifecycle.Moment(OffsetDateTime.now(clock), today);
    }
}
