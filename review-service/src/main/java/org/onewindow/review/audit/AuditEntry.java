package org.onewindow.review.audit;

/**
 * A link of a case's audit trail: its facts, the previous link's hash, the algorithm and the
 * format of the hashed text ({@link AuditChain#FORMAT_PLAIN} for entries written before the
 * separator was escaped), and its own hash over all of them.
 */
public record AuditEntry(
        long sequence, AuditFacts facts, String previousHash, String algorithm, int format, String hash) {}
