package org.onewindow.portal.publicapi;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.onewindow.portal.system.Htmx;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Too many requests at once for a public list: a calm page that says to try again in a moment. */
@ControllerAdvice
class BusyPage {

    private static final Logger log = LoggerFactory.getLogger(BusyPage.class);

    @ExceptionHandler(BusyException.class)
    ModelAndView busy(BusyException busy, HttpServletRequest request, HttpServletResponse response) {
        log.warn("showing the busy page: {}", busy.getMessage());
        response.setHeader("Retry-After", "60");
        if (Htmx.isPartial(request)) {
            response.setHeader("HX-Retarget", "#main");
            response.setHeader("HX-Reswap", "innerHTML");
            response.setHeader("HX-Push-Url", "false");
            return new ModelAndView("public/busy :: content", HttpStatus.TOO_MANY_REQUESTS);
        }
        return new ModelAndView("public/busy", HttpStatus.TOO_MANY_REQUESTS);
    }
}
