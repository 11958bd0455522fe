package org.onewindow.portal.mycases;

import java.util.Locale;
import java.util.UUID;
import org.onewindow.portal.applications.ApplicationsClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * One case: what to do now first, then the steps, the actions its status allows and every change.
 * Someone else's case, like one that does not exist, is the API's 404 and the calm not-found page.
 */
@Controller
class CaseController {

    /** An application id; anything else is not a page here (404 without asking the API). */
    static final String ID = "{id:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}}";

    private final ApplicationsClient applications;
    private final CasePage page;

    CaseController(ApplicationsClient applications, CasePage page) {
        this.applications = applications;
        this.page = page;
    }

    @GetMapping("/my/cases/" + ID)
    String show(@PathVariable UUID id, Model model, Locale locale) {
        return page.render(applications.get(id), model, locale, new FormErrors());
    }
}
