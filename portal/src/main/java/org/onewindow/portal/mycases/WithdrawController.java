package org.onewindow.portal.mycases;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.onewindow.portal.applications.ApiRefusedException;
import org.onewindow.portal.applications.Application;
import org.onewindow.portal.applications.ApplicationsClient;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Withdrawing an application, in two steps: a page that says what withdrawing means and asks to
 * confirm (with an optional reason), then the withdrawal. Only before a decision.
 */
@Controller
class WithdrawController {

    static final int MAX_REASON = 500;

    private final ApplicationsClient applications;
    private final CasePage page;
    private final ProblemWords words;

    WithdrawController(ApplicationsClient applications, CasePage page, ProblemWords words) {
        this.applications = applications;
        this.page = page;
        this.words = words;
    }

    @GetMapping("/my/cases/" + CaseController.ID + "/withdraw")
    String confirm(@PathVariable UUID id, Model model, Locale locale, HttpServletResponse response) {
        var application = applications.get(id);
        if (!CaseActions.of(application).withdraw()) {
            return CaseRedirects.conflict(applications, page, id, "withdraw", model, locale, response);
        }
        return confirmation(application, "", new FormErrors(), model);
    }

    @PostMapping("/my/cases/" + CaseController.ID + "/withdraw")
    Object withdraw(
            @PathVariable UUID id,
            @RequestParam(required = false) String reason,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var errors = new FormErrors();
        if (reason != null && reason.strip().length() > MAX_REASON) {
            errors.add("reason", words.text("problem.withdraw.reason", locale));
        }
        if (!errors.any()) {
            try {
                applications.withdraw(id, reason);
                redirect.addFlashAttribute("done", "withdrawn");
                return CaseRedirects.toCase(id);
            } catch (ApiRefusedException refusal) {
                if (refusal.conflict()) {
                    return CaseRedirects.conflict(applications, page, id, "withdraw", model, locale, response);
                }
                words.form(refusal, Map.of("reason", "problem.withdraw.reason"), "reason", errors, locale);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return confirmation(applications.get(id), reason, errors, model);
    }

    private static String confirmation(Application application, String reason, FormErrors errors, Model model) {
        model.addAttribute("myCase", application);
        model.addAttribute("reason", reason == null ? "" : reason);
        model.addAttribute("maxReason", MAX_REASON);
        model.addAttribute("errors", errors);
        return "mycases/withdraw";
    }
}
