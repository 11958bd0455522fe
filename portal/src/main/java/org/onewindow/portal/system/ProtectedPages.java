package org.onewindow.portal.system;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The pages that need a signed-in person: her own cases, online filing and the staff workbench.
 * Everything else is public, and a reader of public pages never gets a session.
 */
final class ProtectedPages {

    static final String[] PATTERNS = {"/my/**", "/items/*/apply/**", "/workbench", "/workbench/**"};

    static final RequestMatcher MATCHER = new OrRequestMatcher(java.util.Arrays.stream(PATTERNS)
            .map(pattern ->
                    (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(pattern))
            .toList());

    private ProtectedPages() {}

    static boolean matches(HttpServletRequest request) {
        return MATCHER.matches(request);
    }
}
