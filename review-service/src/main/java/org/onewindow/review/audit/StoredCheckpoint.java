package org.onewindow.review.audit;

/**
 * A checkpoint as stored: rebuilt from its row and its anchor rows, with the digest and signature
 * stored beside it.
 *
 * @param headsClaimed how many heads the checkpoint says it anchored when written
 */
record StoredCheckpoint(Checkpoint checkpoint, int headsClaimed, String digest, String signature) {}
