package org.onewindow.portal.mycases;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.onewindow.portal.applications.ApiRefusedException;
import org.onewindow.portal.applications.ApplicationsClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Rating the service once the case is completed (好差评): the form on the case page posts here. */
@Controller
class RatingController {

    private final ApplicationsClient applications;
    private final CasePage page;
    private final ProblemWords words;

    RatingController(ApplicationsClient applications, CasePage page, ProblemWords words) {
        this.applications = applications;
        this.page = page;
        this.words = words;
    }

    @PostMapping("/my/cases/" + CaseController.ID + "/evaluation")
    Object rate(
            @PathVariable UUID id,
            @ModelAttribute("rating") Rating rating,
            BindingResult binding,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        // a level that is not a number is no level: the same plain sentence as none
        var errors = (binding.hasErrors() ? new Rating(null, rating.comment()) : rating).check(words, locale);
        if (!errors.any()) {
            try {
                applications.evaluate(id, rating.level(), rating.comment());
                redirect.addFlashAttribute("done", "rated");
                return CaseRedirects.toCase(id);
            } catch (ApiRefusedException refusal) {
                if (refusal.conflict()) {
                    return CaseRedirects.conflict(applications, page, id, "rate", model, locale, response);
                }
                words.form(
                        refusal,
                        Map.of("level", "problem.rating.level", "comment", "problem.rating.comment"),
                        "level",
                        errors,
                        locale);
            }
        }
        return CaseRedirects.withErrors(applications, page, id, errors, model, locale, response);
    }
}
