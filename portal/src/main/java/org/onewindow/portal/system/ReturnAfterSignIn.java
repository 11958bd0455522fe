package org.onewindow.portal.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Objects;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.security.web.savedrequest.SimpleSavedRequest;
import org.springframework.stereotype.Component;

/**
 * The page to come back to after signing in: only a path on this site, kept in the session that
 * signing in opens anyway (a reader of public pages never gets one).
 *
 * <ul>
 *   <li>a page opened in the browser: that page;
 *   <li>an htmx request: the page it was made from ({@code HX-Current-URL}), not the fragment;
 *   <li>a form sent after the session ended: the page the form was on ({@code Referer}), since the
 *       form itself cannot be sent again without the person.
 * </ul>
 */
@Component
class ReturnAfterSignIn implements RequestCache {

    private static final String ATTRIBUTE = ReturnAfterSignIn.class.getName();

    /** Remembers {@code path} (made safe) as the place to come back to. */
    void remember(HttpServletRequest request, String path) {
        var safe = ReturnPath.safe(path);
        request.getSession().setAttribute(ATTRIBUTE, new SimpleSavedRequest(safe));
    }

    @Override
    public void saveRequest(HttpServletRequest request, HttpServletResponse response) {
        var page = pageOf(request);
        if (page != null) {
            remember(request, page);
        }
    }

    @Override
    public SavedRequest getRequest(HttpServletRequest request, HttpServletResponse response) {
        var session = request.getSession(false);
        return session == null ? null : (SavedRequest) session.getAttribute(ATTRIBUTE);
    }

    /** Forgets the page once the person is back on it; the request itself needs no replay. */
    @Override
    public HttpServletRequest getMatchingRequest(HttpServletRequest request, HttpServletResponse response) {
        var saved = getRequest(request, response);
        if (saved != null && Objects.equals(saved.getRedirectUrl(), pathAndQuery(request))) {
            removeRequest(request, response);
        }
        return null;
    }

    @Override
    public void removeRequest(HttpServletRequest request, HttpServletResponse response) {
        var session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }

    private static String pageOf(HttpServletRequest request) {
        if ("true".equals(request.getHeader("HX-Request"))) {
            return localPart(request.getHeader("HX-Current-URL"), request, false);
        }
        if ("GET".equals(request.getMethod())) {
            return pathAndQuery(request);
        }
        return localPart(request.getHeader("Referer"), request, true);
    }

    /** The path and query of an address on this site, or null. */
    private static String localPart(String address, HttpServletRequest request, boolean sameHostOnly) {
        if (address == null || address.isBlank()) {
            return null;
        }
        try {
            var uri = URI.create(address);
            if (sameHostOnly && uri.getHost() != null && !uri.getHost().equalsIgnoreCase(request.getServerName())) {
                return null;
            }
            var path = uri.getRawPath();
            if (path == null || path.isEmpty()) {
                return null;
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String pathAndQuery(HttpServletRequest request) {
        var query = request.getQueryString();
        return query == null ? request.getRequestURI() : request.getRequestURI() + "?" + query;
    }
}
