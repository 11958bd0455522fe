package org.onewindow.portal.casework;

import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;
import org.onewindow.portal.system.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The approver's work: the decision (准予 or 不予许可, with the reason), the one extension of up to
 * 10 working days (art. 42) with its reason, and the revocation of the case's certificate.
 */
@Controller
class DecisionController {

    /** Art. 42: once, up to this many working days (review's CaseLifecycle.MAX_EXTENSION). */
    static final int MAX_EXTENSION = 10;

    private final CaseworkClient client;
    private final CaseSteps steps;

    DecisionController(CaseworkClient client, CaseSteps steps) {
        this.client = client;
        this.steps = steps;
    }

    @PostMapping(CasePaths.CASE + "/decision")
    Object decide(
            @PathVariable String caseNo,
            @RequestParam(required = false) String decision,
            @RequestParam(defaultValue = "") String decisionReason,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var body = new HashMap<String, Object>();
        body.put("decision", decision);
        body.put("reason", decisionReason.strip());
        var typed = new HashMap<String, Object>();
        typed.put("decision", decision);
        typed.put("decisionReason", decisionReason);
        return steps.run(
                caseNo,
                "decided",
                () -> client.act(caseNo, "decision", body),
                Map.of(
                        "decision", CaseSteps.Field.of("decision-APPROVE"),
                        "reason", CaseSteps.Field.of("decisionReason")),
                "decision-APPROVE",
                typed,
                model,
                response,
                redirect);
    }

    @PostMapping(CasePaths.CASE + "/extension")
    Object extend(
            @PathVariable String caseNo,
            @RequestParam(defaultValue = "") String extensionDays,
            @RequestParam(defaultValue = "") String extensionReason,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var typed = Map.<String, Object>of("extensionDays", extensionDays, "extensionReason", extensionReason);
        var days = days(extensionDays);
        if (days == null) {
            var problems =
                    new Problems().add("extensionDays", steps.text("cases.problem.extensionDays", MAX_EXTENSION));
            return steps.refused(caseNo, problems, typed, false, model, response);
        }
        return steps.run(
                caseNo,
                "extended",
                () -> client.act(caseNo, "extension", Map.of("workingDays", days, "reason", extensionReason.strip())),
                Map.of(
                        "workingDays",
                        new CaseSteps.Field("extensionDays", "cases.problem.extensionDays", MAX_EXTENSION),
                        "reason",
                        CaseSteps.Field.of("extensionReason")),
                "extensionDays",
                typed,
                model,
                response,
                redirect);
    }

    /** The certificate's number is the case's own, read from the API, never taken from the form. */
    @PostMapping(CasePaths.CASE + "/revoke")
    Object revoke(
            @PathVariable String caseNo,
            @RequestParam(defaultValue = "") String revokeReason,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var certificate = client.reviewCase(caseNo).certificate();
        if (certificate == null || certificate.number() == null) {
            throw new NotFoundException("case " + caseNo + " has no certificate");
        }
        return steps.run(
                caseNo,
                "revoked",
                () -> client.revoke(certificate.number(), revokeReason.strip()),
                Map.of("reason", CaseSteps.Field.of("revokeReason")),
                "revokeReason",
                Map.of("revokeReason", revokeReason),
                model,
                response,
                redirect);
    }

    private static Integer days(String text) {
        try {
            var days = Integer.parseInt(text.strip());
            return days >= 1 && days <= MAX_EXTENSION ? days : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
