package org.onewindow.platform.messaging;

/** One unsent outbox entry. */
record OutboxRow(long id, String topic, String key, String envelope, String traceparent, String correlationId) {}
