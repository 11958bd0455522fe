package org.onewindow.platform.messaging;

/** Kafka header names OneWindow sets besides the tracing ones. */
public final class MessagingHeaders {

    public static final String CORRELATION_ID = "correlationId";
    public static final String EVENT_TYPE = "eventType";
    public static final String TRACEPARENT = "traceparent";

    private MessagingHeaders() {}
}
