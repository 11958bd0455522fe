package org.onewindow.review.audit;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;

/**
 * Whether a case's trail holds: link by link ({@link AuditChain}), and against every head a
 * checkpoint anchored, so that a trail cut short or rewritten and re-hashed from the start no
 * longer reaches what was anchored.
 *
 * @param firstBrokenSequence the first entry that does not hold, or is missing; null if it holds
 *     or only a checkpoint failed
 * @param anchoredSequence the newest anchored entry: the trail up to here is vouched for by a
 *     signed checkpoint, after it by its links alone
 * @param problem what does not hold, for the reader; null if the trail holds
 */
record TrailCheck(Long firstBrokenSequence, Long anchoredSequence, String problem) {

    boolean holds() {
        return problem == null;
    }

    /** {@code checkpointHolds} says whether a checkpoint's rows still match its signed digest. */
    static TrailCheck of(List<AuditEntry> entries, List<Anchor> anchors, LongPredicate checkpointHolds) {
        var anchored = anchors.stream().map(Anchor::sequence).max(Long::compare).orElse(null);
        if (entries.isEmpty()) {
            return new TrailCheck(1L, anchored, "the case has no trail");
        }
        var broken = AuditChain.firstBroken(entries);
        if (broken.isPresent()) {
            var sequence = broken.get().sequence();
            return new TrailCheck(sequence, anchored, "entry " + sequence + " does not hold its link");
        }
        var bySequence = entries.stream().collect(Collectors.toMap(AuditEntry::sequence, Function.identity()));
        long last = entries.get(entries.size() - 1).sequence();
        for (var anchor : anchors.stream()
                .sorted(Comparator.comparingLong(Anchor::sequence).thenComparingLong(Anchor::checkpointId))
                .toList()) {
            if (!checkpointHolds.test(anchor.checkpointId())) {
                return new TrailCheck(
                        null, anchored, "checkpoint " + anchor.checkpointId() + " does not match its signature");
            }
            var entry = bySequence.get(anchor.sequence());
            if (entry == null) {
                return new TrailCheck(
                        last + 1,
                        anchored,
                        "the trail ends at entry " + last + ", short of entry " + anchor.sequence()
                                + " that checkpoint " + anchor.checkpointId() + " anchored");
            }
            if (!entry.hash().equals(anchor.hash())) {
                return new TrailCheck(
                        anchor.sequence(),
                        anchored,
                        "entry " + anchor.sequence() + " is not the one checkpoint " + anchor.checkpointId()
                                + " anchored");
            }
        }
        return new TrailCheck(null, anchored, null);
    }
}
