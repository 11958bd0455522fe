package org.onewindow.contracts;

/** A record that cannot be read as an event: retrying will not help. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
