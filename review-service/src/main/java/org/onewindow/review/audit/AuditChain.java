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
 * entry names its algorithm (SM3, GB/T 32905-2016), so a later algorithm can take over, and the
 * format of its hashed text, so entries written before a format change still verify.
 */
public final class AuditChain {

    public static final String SM3 = "SM3";
    public static final String GENESIS = "0".repeat(64);

    /** The first format: fields joined by the separator as they are; kept to verify older entries. */
    public static final int FORMAT_PLAIN = 1;

    /**
     * Fields escaped ({@link #escape}) and the text prefixed with its version: a separator typed into
     * an opinion can no longer pose as the boundary of the next field.
     */
    public static final int FORMAT_ESCAPED = 2;

    public static final int CURRENT_FORMAT = FORMAT_ESCAPED;

    static final char SEPARATOR = '\u001f';
    private static final char ESCAPE = '\\';

    private AuditChain() {}

    public static AuditEntry append(AuditEntry previous, AuditFacts facts) {
        long sequence = previous == null ? 1 : previous.sequence() + 1;
        var previousHash = previous == null ? GENESIS : previous.hash();
        return new AuditEntry(
                sequence,
                facts,
                previousHash,
                SM3,
                CURRENT_FORMAT,
                hash(SM3, CURRENT_FORMAT, sequence, previousHash, facts));
    }

    /**
     * The first entry whose link does not hold, if any. Formats only ever move forward along a
     * chain: an entry claiming an older format than the one before it is broken, so a rewritten
     * row cannot fall back on the ambiguous plain format.
     */
    public static Optional<AuditEntry> firstBroken(List<AuditEntry> entries) {
        var expectedPrevious = GENESIS;
        long expectedSequence = 1;
        int lowestFormat = FORMAT_PLAIN;
        for (var entry : entries) {
            if (entry.sequence() != expectedSequence
                    || entry.format() < lowestFormat
                    || !entry.previousHash().equals(expectedPrevious)
                    || !entry.hash().equals(hashOf(entry))) {
                return Optional.of(entry);
            }
            expectedPrevious = entry.hash();
            expectedSequence++;
            lowestFormat = entry.format();
        }
        return Optional.empty();
    }

    static String hashOf(AuditEntry entry) {
        try {
            return hash(entry.algorithm(), entry.format(), entry.sequence(), entry.previousHash(), entry.facts());
        } catch (IllegalArgumentException unknownAlgorithmOrFormat) {
            return "";
        }
    }

    static String hash(String algorithm, int format, long sequence, String previousHash, AuditFacts facts) {
        var fields = new String[] {
            String.valueOf(sequence),
            previousHash,
            facts.caseNo(),
            facts.actor(),
            facts.role(),
            facts.department(),
            // microseconds: what PostgreSQL keeps, so a stored entry hashes as it did when written
            facts.at() == null
                    ? null
                    : facts.at().toInstant().truncatedTo(ChronoUnit.MICROS).toString(),
            facts.action(),
            facts.opinion(),
            facts.statusBefore(),
            facts.statusAfter()
        };
        var text = switch (format) {
            case FORMAT_PLAIN -> plain(fields);
            case FORMAT_ESCAPED -> escaped(fields);
            default -> throw new IllegalArgumentException("unknown audit hash format " + format);
        };
        return digest(algorithm, text.getBytes(StandardCharsets.UTF_8));
    }

    private static String plain(String[] fields) {
        var text = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                text.append(SEPARATOR);
            }
            text.append(fields[i] == null ? "" : fields[i]);
        }
        return text.toString();
    }

    // a plain text starts with the sequence's digits, so "v2" can never begin one
    private static String escaped(String[] fields) {
        var text = new StringBuilder("v").append(FORMAT_ESCAPED);
        for (var field : fields) {
            text.append(SEPARATOR).append(escape(field));
        }
        return text.toString();
    }

    /**
     * One field as the escaped format hashes it: a backslash doubled, the separator as a backslash
     * and {@code u}, and null as a backslash and {@code 0}, which no value can otherwise produce. No
     * separator is left inside a field, and no two values escape alike.
     */
    static String escape(String value) {
        if (value == null) {
            return ESCAPE + "0";
        }
        var out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ESCAPE) {
                out.append(ESCAPE).append(ESCAPE);
            } else if (c == SEPARATOR) {
                out.append(ESCAPE).append('u');
            } else {
                out.append(c);
            }
        }
        return out.toString();
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
}
