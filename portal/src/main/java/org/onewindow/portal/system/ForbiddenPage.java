package org.onewindow.portal.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Where Spring Security forwards a refused request (403): a page for staff opened by someone
 * without the role, or a form posted with a stale CSRF token. Plain words and a way on.
 */
@Controller
class ForbiddenPage {

    static final String PATH = "/forbidden";

    @RequestMapping(PATH)
    ModelAndView forbidden(HttpServletRequest request, HttpServletResponse response) {
        return ErrorPages.page("system/forbidden", HttpStatus.FORBIDDEN, request, response);
    }
}
