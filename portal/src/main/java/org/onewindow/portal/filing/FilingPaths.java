package org.onewindow.portal.filing;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Where filing lives: {@code /items/{code}/apply}, then one address per step of the person's
 * application, its id in the address. An address that cannot be a code or an id is a 404 without
 * asking anyone.
 */
public final class FilingPaths {

    static final String START = "/items/{code:[0-9A-Za-z]{1,40}}/apply";
    static final String DRAFT =
            START + "/{id:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}}";

    private FilingPaths() {}

    /** After a POST, the browser GETs the next page (a reload does not post again). */
    public static ModelAndView seeOther(String path) {
        var redirect = new RedirectView(path, true);
        redirect.setExpandUriTemplateVariables(false);
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        return new ModelAndView(redirect);
    }
}
