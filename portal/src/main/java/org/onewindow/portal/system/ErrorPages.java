package org.onewindow.portal.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The calm pages: a service that is down, and something that is not there. Plain Chinese, what
 * still works, what to do; never a stack trace. An htmx request gets the same words in place of the
 * page's main content.
 */
@ControllerAdvice
class ErrorPages {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    @ExceptionHandler(GatewayUnavailableException.class)
    ModelAndView unavailable(
            GatewayUnavailableException failure, HttpServletRequest request, HttpServletResponse response) {
        var cause = failure.getCause();
        log.warn("showing the unavailable page: {}{}", failure.getMessage(), cause == null ? "" : " (" + cause + ")");
        return page("system/unavailable", HttpStatus.SERVICE_UNAVAILABLE, request, response);
    }

    @ExceptionHandler({NotFoundException.class, NoResourceFoundException.class, NoHandlerFoundException.class})
    ModelAndView notFound(HttpServletRequest request, HttpServletResponse response) {
        return page("system/not-found", HttpStatus.NOT_FOUND, request, response);
    }

    static ModelAndView page(String view, HttpStatus status, HttpServletRequest request, HttpServletResponse response) {
        if (Htmx.isPartial(request)) {
            // htmx swaps this into <main> (responseHandling in the layout lets it swap errors)
            response.setHeader("HX-Retarget", "#main");
            response.setHeader("HX-Reswap", "innerHTML");
            response.setHeader("HX-Push-Url", "false");
            return new ModelAndView(view + " :: content", status);
        }
        return new ModelAndView(view, status);
    }
}
