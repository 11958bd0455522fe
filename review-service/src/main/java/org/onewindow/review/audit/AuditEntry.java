package org.onewindow.review.audit;

/**
 * A link of a case's audit trail: its facts, the previous link's hash, the algorithm, and its own
 * hash over all of them.
 */
public record AuditEntry(long sequence, AuditFacts facts, String previousHash, String algorithm, String hash) {}
