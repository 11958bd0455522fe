package org.onewindow.review.audit;

/** A case's head as checkpoint {@code checkpointId} anchored it. */
record Anchor(long checkpointId, String caseNo, long sequence, String hash) {}
