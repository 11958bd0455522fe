package org.onewindow.portal.counter;

import org.onewindow.portal.applications.ApiRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The counter's own calm pages for a refusal it does not show beside a field, ahead of filing's
 * (which speak to an applicant of 我的办件): a case already submitted (409), and a draft another
 * clerk took in (403: only the clerk who filed it changes it).
 */
@ControllerAdvice(basePackageClasses = CounterErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CounterErrors {

    private static final Logger log = LoggerFactory.getLogger(CounterErrors.class);

    @ExceptionHandler(ApiRefusedException.class)
    ModelAndView refused(ApiRefusedException refused) {
        log.info("counter step refused: {}", refused.getMessage());
        if (refused.conflict()) {
            return new ModelAndView("counter/refused", HttpStatus.CONFLICT).addObject("reason", "conflict");
        }
        if (refused.status() == HttpStatus.FORBIDDEN.value()) {
            return new ModelAndView("counter/refused", HttpStatus.FORBIDDEN).addObject("reason", "notYours");
        }
        return new ModelAndView("system/bad-request", HttpStatus.BAD_REQUEST);
    }
}
