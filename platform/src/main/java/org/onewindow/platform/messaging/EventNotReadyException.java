package org.onewindow.platform.messaging;

/**
 * An event that cannot be applied yet for a reason that time will cure (a peer not reachable, a
 * fact not arrived): the consumer retries it with a capped backoff and never dead-letters it.
 */
public class EventNotReadyException extends RuntimeException {
    public EventNotReadyException(String message, Throwable cause) {
        super(message, cause);
    }
}
