package org.onewindow.portal.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Whatever reaches Boot's /error (a failure outside a controller, a bug) gets one of the calm
 * pages too, never the framework's English whitelabel page.
 */
@Component
class ErrorViews implements ErrorViewResolver {

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        if (status == HttpStatus.NOT_FOUND) {
            return new ModelAndView("system/not-found", status);
        }
        if (status.is4xxClientError()) {
            return new ModelAndView("system/bad-request", status);
        }
        return new ModelAndView("system/unavailable", status);
    }
}
