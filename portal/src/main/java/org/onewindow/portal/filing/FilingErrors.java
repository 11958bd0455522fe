package org.onewindow.portal.filing;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;
import org.onewindow.portal.applications.ApiRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * What filing's pages do with a refusal they do not show beside a field: an application that is
 * no longer a draft (409), an action the API does not let this person take (403), and an upload
 * over the portal's own size limit. Calm pages, never the API's words. A sign-in that ran out (401)
 * is login's: it sends the person to sign in again and back to the page she was on.
 */
@ControllerAdvice
class FilingErrors {

    private static final Logger log = LoggerFactory.getLogger(FilingErrors.class);

    private static final Pattern MATERIALS_PAGE =
            Pattern.compile("/items/[0-9A-Za-z]{1,40}/apply/[0-9a-fA-F-]{36}/materials");

    @ExceptionHandler(ApiRefusedException.class)
    ModelAndView refused(ApiRefusedException refused) {
        log.info("filing step refused: {}", refused.getMessage());
        if (refused.conflict()) {
            return new ModelAndView("filing/conflict", HttpStatus.CONFLICT);
        }
        if (refused.status() == HttpStatus.FORBIDDEN.value()) {
            // someone who may see an application but not change it: nothing here for her
            return new ModelAndView("system/not-found", HttpStatus.NOT_FOUND);
        }
        return new ModelAndView("system/bad-request", HttpStatus.BAD_REQUEST);
    }

    /** The whole post was larger than the portal takes: back to the materials page, which says so. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request) {
        var path = request.getRequestURI();
        if (MATERIALS_PAGE.matcher(path).matches()) {
            return FilingPaths.seeOther(path + "?tooLarge=1");
        }
        return new ModelAndView("system/bad-request", HttpStatus.CONTENT_TOO_LARGE);
    }
}
