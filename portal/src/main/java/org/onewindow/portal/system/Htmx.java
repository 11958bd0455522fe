package org.onewindow.portal.system;

import jakarta.servlet.http.HttpServletRequest;

/** Whether a request came from htmx and wants a fragment rather than the whole page. */
public final class Htmx {

    private Htmx() {}

    public static boolean isPartial(HttpServletRequest request) {
        // a history restore after a cache miss needs the whole page, although htmx sent it
        return "true".equals(request.getHeader("HX-Request"))
                && !"true".equals(request.getHeader("HX-History-Restore-Request"));
    }
}
