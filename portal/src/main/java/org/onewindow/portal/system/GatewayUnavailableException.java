package org.onewindow.portal.system;

/**
 * The gateway did not answer, or answered that a service is down (5xx). The person sees the calm
 * "service unavailable" page; the cause goes to the log only.
 */
public class GatewayUnavailableException extends RuntimeException {

    public GatewayUnavailableException(String what, Throwable cause) {
        super(what, cause);
    }

    public GatewayUnavailableException(String what) {
        super(what);
    }
}
