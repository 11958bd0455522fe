package org.onewindow.application.timeline;

import java.util.UUID;

/**
 * Published (in-process, synchronously) after a timeline entry is written, inside the same
 * transaction: whoever must report the change elsewhere records it atomically with it.
 */
public record TimelineAppended(UUID applicationId, TimelineEntry entry) {}
