package org.onewindow.portal.casework;

import java.util.Map;
import org.onewindow.portal.applications.ApiRefusedException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * One case for staff: the case and its clock, the applicant's form and files previewed in place,
 * every department's opinion, the timeline, and the forms her role may use at this step. A case the
 * API does not show her (a reviewer of another department) is the calm not-found page.
 */
@Controller
class CaseFileController {

    private final CaseFilePage page;

    CaseFileController(CaseFilePage page) {
        this.page = page;
    }

    @GetMapping(CasePaths.CASE)
    String show(@PathVariable String caseNo, Model model) {
        try {
            return page.render(caseNo, model, new Problems(), Map.of());
        } catch (ApiRefusedException refusal) {
            if (refusal.status() == 403) {
                // a staff role without case files (catalog admin): the calm 403 page
                throw new AccessDeniedException("the API refused case " + caseNo);
            }
            throw refusal;
        }
    }
}
