package org.onewindow.portal.publicapi;

/**
 * The gateway's rate limit answered 429 to a read: not the person's doing and not an outage. The
 * page says to wait a moment ({@link BusyPage}).
 */
public class BusyException extends RuntimeException {

    public BusyException(String what) {
        super(what + " answered 429");
    }
}
