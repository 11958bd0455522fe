package org.onewindow.portal.casework;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The clerk's decisions on acceptance (review-service's CaseController): 受理, 不予受理 with the
 * legal reason, 补正 (every material to correct at once, each with what is wrong: one notice), and
 * 容缺受理 (the materials that may follow and by when).
 */
@Controller
class AcceptanceController {

    private final CaseworkClient client;
    private final CaseSteps steps;

    AcceptanceController(CaseworkClient client, CaseSteps steps) {
        this.client = client;
        this.steps = steps;
    }

    @PostMapping(CasePaths.CASE + "/accept")
    Object accept(@PathVariable String caseNo, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return steps.run(
                caseNo,
                "accepted",
                () -> client.act(caseNo, "accept", Map.of("missingMaterials", List.of())),
                Map.of(),
                "accept",
                Map.of(),
                model,
                response,
                redirect);
    }

    @PostMapping(CasePaths.CASE + "/not-accept")
    Object notAccept(
            @PathVariable String caseNo,
            @RequestParam(defaultValue = "") String legalReason,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return steps.run(
                caseNo,
                "notAccepted",
                () -> client.act(caseNo, "not-accept", Map.of("legalReason", legalReason.strip())),
                Map.of("legalReason", CaseSteps.Field.of("legalReason")),
                "legalReason",
                Map.of("legalReason", legalReason),
                model,
                response,
                redirect);
    }

    /** Each ticked material with its description ({@code description-<id>}), sent as one request: one notice. */
    @PostMapping(CasePaths.CASE + "/supplement")
    Object supplement(
            @PathVariable String caseNo,
            @RequestParam(name = "materials", required = false) List<String> materials,
            HttpServletRequest request,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var picked = materials == null ? List.<String>of() : materials;
        var items = new ArrayList<Map<String, String>>();
        var typed = new HashMap<String, Object>();
        var fields = new HashMap<String, CaseSteps.Field>();
        fields.put("items", CaseSteps.Field.of("supplement-materials"));
        typed.put("materials", picked);
        for (var material : picked) {
            var description = parameter(request, "description-" + material);
            typed.put("description-" + material, description);
            var at = "items[" + items.size() + "]";
            fields.put(
                    at + ".description", new CaseSteps.Field("description-" + material, "cases.problem.description"));
            fields.put(at + ".materialId", CaseSteps.Field.of("supplement-materials"));
            items.add(Map.of("materialId", material, "description", description.strip()));
        }
        return steps.run(
                caseNo,
                "supplementRequested",
                () -> client.act(caseNo, "request-supplement", Map.of("items", items)),
                fields,
                "supplement-materials",
                typed,
                model,
                response,
                redirect);
    }

    /** 容缺受理: with no material picked this would be a plain acceptance, so the portal asks for one first. */
    @PostMapping(CasePaths.CASE + "/accept-with-gaps")
    Object acceptWithGaps(
            @PathVariable String caseNo,
            @RequestParam(name = "gapMaterials", required = false) List<String> gapMaterials,
            @RequestParam(defaultValue = "") String gapDeadline,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var picked = gapMaterials == null ? List.<String>of() : gapMaterials;
        var typed = Map.<String, Object>of("gapMaterials", picked, "gapDeadline", gapDeadline);
        var problems = new Problems();
        if (picked.isEmpty()) {
            problems.add("gap-materials", steps.text("cases.problem.gap-materials"));
        }
        var deadline = date(gapDeadline);
        if (deadline == null) {
            problems.add("gapDeadline", steps.text("cases.problem.gapDeadline"));
        }
        if (problems.any()) {
            return steps.refused(caseNo, problems, typed, false, model, response);
        }
        var body = new LinkedHashMap<String, Object>();
        body.put("missingMaterials", picked);
        body.put("gapDeadline", deadline.toString());
        return steps.run(
                caseNo,
                "acceptedWithGaps",
                () -> client.act(caseNo, "accept", body),
                Map.of(
                        "missingMaterials", CaseSteps.Field.of("gap-materials"),
                        "gapDeadline", CaseSteps.Field.of("gapDeadline")),
                "gap-materials",
                typed,
                model,
                response,
                redirect);
    }

    private static String parameter(HttpServletRequest request, String name) {
        var value = request.getParameter(name);
        return value == null ? "" : value;
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
