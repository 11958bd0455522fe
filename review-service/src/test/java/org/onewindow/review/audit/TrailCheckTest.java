package org.onewindow.review.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrailCheckTest {

    static List<AuditEntry> trail(String opinion, int length) {
        var entries = new ArrayList<AuditEntry>();
        AuditEntry previous = null;
        for (int i = 1; i <= length; i++) {
            previous = AuditChain.append(
                    previous,
                    new AuditFacts(
                            "CASE-1",
                            "clerk",
                            "clerk",
                            "service-hall",
                            AuditChainTest.AT,
                            "STEP" + i,
                            opinion,
                            "A",
                            "B"));
            entries.add(previous);
        }
        return entries;
    }

    static Anchor anchor(long checkpoint, AuditEntry entry) {
        return new Anchor(checkpoint, "CASE-1", entry.sequence(), entry.hash());
    }

    final List<AuditEntry> entries = trail("同意", 6);
    final List<Anchor> anchors = List.of(anchor(1, entries.get(2)), anchor(2, entries.get(5)));

    @Test
    void aTrailThatReachesEveryAnchoredHeadHolds() {
        var check = TrailCheck.of(entries, anchors, id -> true);

        assertThat(check.holds()).isTrue();
        assertThat(check.anchoredSequence()).isEqualTo(6);
        assertThat(check.firstBrokenSequence()).isNull();
    }

    @Test
    void deletingTheNewestEntriesNoLongerReachesTheAnchoredHead() {
        var cut = entries.subList(0, 4);
        assertThat(AuditChain.firstBroken(cut)).as("the links alone still hold").isEmpty();

        var check = TrailCheck.of(cut, anchors, id -> true);

        assertThat(check.holds()).isFalse();
        assertThat(check.firstBrokenSequence()).isEqualTo(5);
        assertThat(check.problem()).contains("ends at entry 4").contains("entry 6");
    }

    @Test
    void aTrailRewrittenAndRehashedFromTheStartDoesNotMatchItsAnchors() {
        var rewritten = trail("不同意", 6);
        assertThat(AuditChain.firstBroken(rewritten))
                .as("the links alone still hold")
                .isEmpty();

        var check = TrailCheck.of(rewritten, anchors, id -> true);

        assertThat(check.holds()).isFalse();
        assertThat(check.firstBrokenSequence()).isEqualTo(3);
    }

    @Test
    void anAnchorWhoseCheckpointNoLongerMatchesItsSignatureVouchesForNothing() {
        var check = TrailCheck.of(entries, anchors, id -> id != 2);

        assertThat(check.holds()).isFalse();
        assertThat(check.problem()).contains("checkpoint 2");
    }

    @Test
    void entriesAfterTheNewestAnchorHoldByTheirLinks() {
        var longer = trail("同意", 8);

        assertThat(TrailCheck.of(longer, anchors, id -> true).holds()).isTrue();
        assertThat(TrailCheck.of(longer.subList(0, 7), anchors, id -> true).holds())
                .as("entries after the newest anchor can still be cut unseen until the next checkpoint")
                .isTrue();
    }

    @Test
    void aBrokenLinkIsReportedBeforeAnyAnchor() {
        var edited = new ArrayList<>(entries);
        edited.remove(1);

        var check = TrailCheck.of(edited, anchors, id -> true);

        assertThat(check.firstBrokenSequence()).isEqualTo(3);
        assertThat(check.holds()).isFalse();
    }

    @Test
    void aCaseWithoutATrailDoesNotHold() {
        assertThat(TrailCheck.of(List.of(), List.of(), id -> true).holds()).isFalse();
    }
}
