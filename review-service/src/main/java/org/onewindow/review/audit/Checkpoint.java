package org.onewindow.review.audit;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * A checkpoint of the trails' heads: the newest link of every case that moved since the previous
 * checkpoint, chained to that checkpoint by its digest, and signed (SM2) over its {@link #text}.
 * Once a head is anchored, cutting the trail below it or rewriting and re-hashing the trail shows,
 * unless the checkpoint is signed again, which takes the bureau's key.
 */
record Checkpoint(long id, OffsetDateTime takenAt, String previousDigest, List<AuditHead> heads) {

    // a signature over a checkpoint can never be passed off as one over a certificate's JSON
    private static final String LABEL = "onewindow-audit-checkpoint v1";

    Checkpoint {
        takenAt = takenAt.truncatedTo(ChronoUnit.MICROS);
        heads = heads.stream().sorted(Comparator.comparing(AuditHead::caseNo)).toList();
    }

    /** What is signed: the fields apart by the trail's separator, a case number escaped as the trail escapes text. */
    String text() {
        var text = new StringBuilder(LABEL)
                .append('\n')
                .append(id)
                .append(AuditChain.SEPARATOR)
                .append(takenAt.toInstant())
                .append(AuditChain.SEPARATOR)
                .append(previousDigest)
                .append(AuditChain.SEPARATOR)
                .append(heads.size());
        for (var head : heads) {
            text.append(AuditChain.SEPARATOR)
                    .append(AuditChain.escape(head.caseNo()))
                    .append(AuditChain.SEPARATOR)
                    .append(head.sequence())
                    .append(AuditChain.SEPARATOR)
                    .append(head.hash());
        }
        return text.toString();
    }

    byte[] signed() {
        return text().getBytes(StandardCharsets.UTF_8);
    }

    /** SM3 of the text: the next checkpoint's {@code previousDigest}. */
    String digest() {
        return AuditChain.digest(AuditChain.SM3, signed());
    }
}
