package org.onewindow.portal.casework;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.onewindow.portal.applications.ApiRefusedException;
import org.onewindow.portal.mycases.SupplementHandIn;
import org.onewindow.portal.publicapi.PageLocale;
import org.onewindow.portal.system.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 补正收件: the applicant of a counter case brings the corrected materials to the window; the clerk
 * who filed it scans each in and hands the supplement in, as the applicant would online (the same
 * {@link SupplementHandIn}). The API owns the rule that only the clerk who filed it may: to anyone
 * else the application is not found, said here as one plain sentence.
 */
@Controller
class HandInController {

    /** The form as a whole: where a problem with no material of its own is shown. */
    static final String FORM = "handin-form";

    private final CaseworkClient client;
    private final CaseFilePage page;
    private final CaseSteps steps;
    private final SupplementHandIn handIn;

    HandInController(CaseworkClient client, CaseFilePage page, CaseSteps steps, SupplementHandIn handIn) {
        this.client = client;
        this.page = page;
        this.steps = steps;
        this.handIn = handIn;
    }

    /** The id of a requested material's file input; {@code material-<id>} is taken by the materials list. */
    static String inputId(String materialId) {
        return "handin-" + materialId;
    }

    @PostMapping(CasePaths.CASE + "/handin")
    Object handIn(
            @PathVariable String caseNo,
            HttpServletRequest request,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var application = client.application(caseNo);
        var problems = new Problems();
        if (!page.handIn(application)) {
            problems.add(FORM, steps.text("cases.problem.conflict"));
            return steps.refused(caseNo, problems, Map.of(), true, model, response);
        }
        var requested = page.requested(application);
        var locale = PageLocale.current();
        SupplementHandIn.Sink sink =
                (item, message) -> problems.add(item == null ? FORM : inputId(item.materialId()), message);
        try {
            if (handIn.upload(application.id(), requested, request, sink, locale)
                    && handIn.resubmit(application.id(), requested, sink, locale)) {
                redirect.addFlashAttribute("done", "handedIn");
                return CaseSteps.back(caseNo);
            }
            return steps.refused(caseNo, problems, Map.of(), false, model, response);
        } catch (ApiRefusedException conflict) {
            problems.add(FORM, steps.text("cases.problem.conflict"));
            return steps.refused(caseNo, problems, Map.of(), true, model, response);
        } catch (NotFoundException notHers) {
            // application-service answers 404 for an application its caller does not own
            problems.add(FORM, steps.text("cases.problem.handin-form"));
            return steps.refused(caseNo, problems, Map.of(), false, model, response);
        }
    }
}
