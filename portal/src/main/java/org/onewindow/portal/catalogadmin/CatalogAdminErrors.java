package org.onewindow.portal.catalogadmin;

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
 * A refusal the catalog admin's pages do not show beside a field (an item retired meanwhile, an
 * action her account may not take): a calm page that says what happened and what to do. Before
 * filing's advice, which speaks of applications.
 */
@ControllerAdvice(basePackageClasses = CatalogAdminErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CatalogAdminErrors {

    private static final Logger log = LoggerFactory.getLogger(CatalogAdminErrors.class);

    @ExceptionHandler(ApiRefusedException.class)
    ModelAndView refused(ApiRefusedException refused) {
        log.info("catalog admin action refused: {}", refused.getMessage());
        var status = HttpStatus.resolve(refused.status());
        var page = new ModelAndView("catalogadmin/refused", status == null ? HttpStatus.BAD_REQUEST : status);
        page.addObject("reason", refused.conflict() ? "conflict" : refused.status() == 403 ? "forbidden" : "other");
        return page;
    }
}
