package org.onewindow.portal.mycases;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.UUID;
import org.onewindow.portal.applications.ApplicationsClient;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.servlet.view.RedirectView;

/** What an action ends in: back to the case (303, so a reload does not send the form again), or the case shown again. */
final class CaseRedirects {

    private CaseRedirects() {}

    static RedirectView toCase(UUID id) {
        var back = new RedirectView("/my/cases/" + id, true);
        back.setStatusCode(HttpStatus.SEE_OTHER);
        return back;
    }

    /**
     * The case changed under the person's feet (409): one plain sentence ({@code problem.conflict.<action>})
     * above the case as it stands now.
     */
    static String conflict(
            ApplicationsClient applications,
            CasePage page,
            UUID id,
            String action,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("notice", "problem.conflict." + action);
        return page.render(applications.get(id), model, locale, new FormErrors());
    }

    /** The case again, with what to fix (422). */
    static String withErrors(
            ApplicationsClient applications,
            CasePage page,
            UUID id,
            FormErrors errors,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page.render(applications.get(id), model, locale, errors);
    }
}
