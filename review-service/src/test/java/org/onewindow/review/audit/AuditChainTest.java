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
}
