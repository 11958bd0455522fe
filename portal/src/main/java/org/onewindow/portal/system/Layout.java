package org.onewindow.portal.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the page frame needs on every page, error pages included (an exception handler's view gets
 * no model attributes from advice, so templates ask this bean: {@code ${@layout.elder()}}).
 */
@Component("layout")
public class Layout {

    static final String ELDER_COOKIE = "elder";

    /** Whether 长辈模式 (large text) is on for this browser. */
    public boolean elder() {
        var cookies = request().getCookies();
        return cookies != null
                && Arrays.stream(cookies)
                        .anyMatch(cookie -> ELDER_COOKIE.equals(cookie.getName()) && "1".equals(cookie.getValue()));
    }

    /** The page being shown, path and query, to come back to after a switch. */
    public String here() {
        var request = request();
        var errorPath = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (errorPath != null) {
            return errorPath;
        }
        var query = request.getQueryString();
        return query == null ? request.getRequestURI() : request.getRequestURI() + "?" + query;
    }

    /** This page in the other language: the same path and query with {@code lang} replaced. */
    public String inLanguage(String languageTag) {
        return UriComponentsBuilder.fromUriString(here())
                .replaceQueryParam(WebConfig.LANGUAGE_PARAMETER, languageTag)
                .build()
                .toUriString();
    }

    private static HttpServletRequest request() {
        return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
    }
}
