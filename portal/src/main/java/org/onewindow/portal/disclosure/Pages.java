package org.onewindow.portal.disclosure;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Page numbers of the public lists: counted from 1 in the address (what a person reads), from 0 in
 * the API, and bounded by the API's own limit (page 10,000) so that a hand-edited address is a
 * page, never an error.
 */
final class Pages {

    static final int LAST = 10_001;

    private Pages() {}

    static int clamp(int pageNumber) {
        return Math.max(1, Math.min(pageNumber, LAST));
    }

    /** {@code path?name=value&page=n}, the filter and the page only when set. */
    static String url(String path, String filter, String value, int pageNumber) {
        var url = UriComponentsBuilder.fromPath(path);
        if (filter != null && value != null && !value.isBlank()) {
            url.queryParam(filter, value);
        }
        if (pageNumber > 1) {
            url.queryParam("page", pageNumber);
        }
        return url.encode().build().toUriString();
    }
}
