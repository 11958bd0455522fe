package org.onewindow.review.audit;

/** The newest link of a case's trail, as a checkpoint anchors it. */
public record AuditHead(String caseNo, long sequence, String hash) {}
