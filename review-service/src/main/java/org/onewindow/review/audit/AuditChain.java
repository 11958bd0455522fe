package org.onewindow.review.audit;

import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * The hash chain of an audit trail: each entry hashes its facts together with the previous
 * entry's hash, so changing, removing or reordering an entry breaks every link after it. Each
 * entry names its algorithm (SM3, GB/T 32905-2016), so a later algorithm can take over.
 */
public final class AuditChain {

    public static final String SM3 = "SM3";
    public static final String GENESIS = "0".repeat(64);

    private static final char SEPARATOR = '\u001f';

    private AuditChain() {}

    public static AuditEntry append(AuditEntry previous, AuditFacts facts) {
        long sequence = previous == null ? 1 : previous.sequence() + 1;
        var previousHash = previous == null ? GENESIS : previous.hash();
        return new AuditEntry(sequence, facts, previousHash, SM3, hash(SM3, sequence, previousHash, facts));
    }

    /** The first entry whose link does not hold, if any. */
    public static Optional<AuditEntry> firstBroken(List<AuditEntry> entries) {
        var expectedPrevious = GENESIS;
        long expectedSequence = 1;
        for (var entry : entries) {
            if (entry.sequence() != expectedSequence
                    || !entry.previousHash().equals(expectedPrevious)
                    || !entry.hash()
                            .equals(hash(entry.algorithm(), entry.sequence(), entry.previousHash(), entry.facts()))) {
                return Optional.of(entry);
            }
            expectedPrevious = entry.hash();
            expectedSequence++;
        }
        return Optional.empty();
    }

    static String hash(String algorithm, long sequence, String previousHash, AuditFacts facts) {
        var text = String.join(
                String.valueOf(SEPARATOR),
                String.valueOf(sequence),
                previousHash,
                nullToEmpty(facts.caseNo()),
                nullToEmpty(facts.actor()),
                nullToEmpty(facts.role()),
                nullToEmpty(facts.department()),
                // microseconds: what PostgreSQL keeps, so a stored entry hashes as it did when written
                facts.at() == null
                        ? ""
                        : facts.at().toInstant().truncatedTo(ChronoUnit.MICROS).toString(),
                nullToEmpty(facts.action()),
                nullToEmpty(facts.opinion()),
                nullToEmpty(facts.statusBefore()),
                nullToEmpty(facts.statusAfter()));
        return digest(algorithm, text.getBytes(StandardCharsets.UTF_8));
    }

    static String digest(String algorithm, byte[] input) {
        Digest digest = switch (algorithm) {
            case SM3 -> new SM3Digest();
            case "SHA-256" -> new SHA256Digest();
            default -> throw new IllegalArgumentException("unknown audit hash algorithm " + algorithm);
        };
        digest.update(input, 0, input.length);
        var out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return HexFormat.of().formatHex(out);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
