package org.onewindow.review.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    static final OffsetDateTime AT = OffsetDateTime.parse("2026-03-16T10:00:00+08:00");

    static List<AuditEntry> trail() {
        var entries = new ArrayList<AuditEntry>();
        AuditEntry previous = null;
        for (var action : List.of("CREATED", "ACCEPTED", "OPINION", "DECIDED")) {
            previous = AuditChain.append(
                    previous, new AuditFacts("CASE-1", "clerk", "clerk", "service-hall", AT, action, "ok", "A", "B"));
            entries.add(previous);
        }
        return entries;
    }

    @Test
    void sm3MatchesTheStandardsTestVector() {
        // GB/T 32905-2016, example 1: SM3("abc")
        assertThat(AuditChain.digest("SM3", "abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    }

    @Test
    void anUntouchedTrailVerifies() {
        var entries = trail();
        assertThat(AuditChain.firstBroken(entries)).isEmpty();
        assertThat(entries.get(0).previousHash()).isEqualTo(AuditChain.GENESIS);
        assertThat(entries.get(1).previousHash()).isEqualTo(entries.get(0).hash());
        assertThat(entries).allSatisfy(e -> assertThat(e.algorithm()).isEqualTo("SM3"));
    }

    @Test
    void anEditedEntryIsTheFirstBroken() {
        var entries = new ArrayList<>(trail());
        var original = entries.get(2);
        var facts = original.facts();
        entries.set(
                2,
                new AuditEntry(
                        original.sequence(),
                        new AuditFacts(
                                facts.caseNo(),
                                facts.actor(),
                                facts.role(),
                                facts.department(),
                                facts.at(),
                                facts.action(),
                                "changed afterwards",
                                facts.statusBefore(),
                                facts.statusAfter()),
                        original.previousHash(),
                        original.algorithm(),
                        original.format(),
                        original.hash()));
        assertThat(AuditChain.firstBroken(entries))
                .hasValueSatisfying(e -> assertThat(e.sequence()).isEqualTo(3));
    }

    @Test
    void hashesTimesAtTheDatabasesPrecision() {
        var withNanos = AuditChain.append(
                null, new AuditFacts("C", "a", "r", null, AT.plusNanos(123_456_789), "X", null, null, "S"));
        var stored = new AuditEntry(
                withNanos.sequence(),
                new AuditFacts("C", "a", "r", null, AT.plusNanos(123_456_000), "X", null, null, "S"),
                withNanos.previousHash(),
                withNanos.algorithm(),
                withNanos.format(),
                withNanos.hash());
        assertThat(AuditChain.firstBroken(List.of(stored))).isEmpty();
    }

    @Test
    void aRemovedEntryBreaksTheNextLink() {
        var entries = new ArrayList<>(trail());
        entries.remove(1);
        assertThat(AuditChain.firstBroken(entries))
                .hasValueSatisfying(e -> assertThat(e.sequence()).isEqualTo(3));
    }

    static final AuditFacts PLAIN_FACTS = new AuditFacts("C", "a", "r", null, AT, "X", null, null, "S");

    @Test
    void anOpinionHoldingTheSeparatorCannotPoseAsTheNextField() {
        var sep = String.valueOf(AuditChain.SEPARATOR);
        var honest =
                new AuditFacts("C", "reviewer", "reviewer", "publishing", AT, "OPINION", "同意" + sep + "A", "B", "C");
        var forged =
                new AuditFacts("C", "reviewer", "reviewer", "publishing", AT, "OPINION", "同意", "A" + sep + "B", "C");

        assertThat(AuditChain.append(null, honest).hash())
                .isNotEqualTo(AuditChain.append(null, forged).hash());
    }

    @Test
    void aNullFieldAnEmptyOneAndTheirEscapesHashApart() {
        var hashes = new java.util.HashSet<String>();
        for (var opinion : java.util.Arrays.asList(null, "", "\\0", "\\", "\\u")) {
            hashes.add(AuditChain.append(null, new AuditFacts("C", "a", "r", null, AT, "X", opinion, null, "S"))
                    .hash());
        }
        assertThat(hashes).hasSize(5);
    }

    @Test
    void entriesHashedInThePlainFormatStillVerifyAndTheChainGoesOnEscaped() {
        // the plain format's hash of these facts, computed apart from this code (Python's hashlib SM3)
        var plain = "27e226ce64dd9f4356987da676d7be4fe990eb506f75798b6e51f9d6244575b5";
        assertThat(AuditChain.hash("SM3", AuditChain.FORMAT_PLAIN, 1, AuditChain.GENESIS, PLAIN_FACTS))
                .isEqualTo(plain);
        var old = new AuditEntry(1, PLAIN_FACTS, AuditChain.GENESIS, "SM3", AuditChain.FORMAT_PLAIN, plain);

        var next = AuditChain.append(old, PLAIN_FACTS);

        assertThat(next.format()).isEqualTo(AuditChain.FORMAT_ESCAPED);
        assertThat(AuditChain.firstBroken(List.of(old, next))).isEmpty();
    }

    @Test
    void theEscapedFormatIsVersionedAndEscapesNulls() {
        // "v2", then every field, null as a backslash and 0 (Python's hashlib SM3)
        assertThat(AuditChain.append(null, PLAIN_FACTS).hash())
                .isEqualTo("c526e48509b7779f2b057152abb37c7ab401c7c45f2684cc8def830da369e19a");
    }

    @Test
    void anEntryCannotFallBackToThePlainFormatAfterAnEscapedOne() {
        var first = AuditChain.append(null, PLAIN_FACTS);
        var plainSecond = new AuditEntry(
                2,
                PLAIN_FACTS,
                first.hash(),
                "SM3",
                AuditChain.FORMAT_PLAIN,
                AuditChain.hash("SM3", AuditChain.FORMAT_PLAIN, 2, first.hash(), PLAIN_FACTS));

        assertThat(AuditChain.firstBroken(List.of(first, plainSecond)))
                .hasValueSatisfying(e -> assertThat(e.sequence()).isEqualTo(2));
    }

    @Test
    void anUnknownFormatIsBrokenNotAnError() {
        var entry = AuditChain.append(null, PLAIN_FACTS);
        var unknown = new AuditEntry(1, PLAIN_FACTS, AuditChain.GENESIS, "SM3", 9, entry.hash());

        assertThat(AuditChain.firstBroken(List.of(unknown))).contains(unknown);
    }
}
