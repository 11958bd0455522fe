package org.onewindow.portal.casework;

import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reviewer's work on a case: her department's opinion (agree or not, and why), and a special
 * procedure (特别程序: hearing, expert review, inspection) started and ended, its days not counted.
 */
@Controller
class ReviewController {

    private final CaseworkClient client;
    private final CaseSteps steps;

    ReviewController(CaseworkClient client, CaseSteps steps) {
        this.client = client;
        this.steps = steps;
    }

    @PostMapping(CasePaths.CASE + "/opinion")
    Object opinion(
            @PathVariable String caseNo,
            @RequestParam(required = false) String favourable,
            @RequestParam(defaultValue = "") String opinion,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var body = new HashMap<String, Object>();
        body.put("opinion", opinion.strip());
        // nothing chosen goes as null: the API names the field
        body.put("favourable", favourable == null ? null : Boolean.valueOf(favourable));
        var typed = new HashMap<String, Object>();
        typed.put("opinion", opinion);
        typed.put("favourable", favourable);
        return steps.run(
                caseNo,
                "opinion",
                () -> client.act(caseNo, "opinions", body),
                Map.of(
                        "favourable", CaseSteps.Field.of("favourable-true"),
                        "opinion", CaseSteps.Field.of("opinion")),
                "favourable-true",
                typed,
                model,
                response,
                redirect);
    }

    @PostMapping(CasePaths.CASE + "/special-procedure")
    Object startSpecial(
            @PathVariable String caseNo,
            @RequestParam(defaultValue = "") String procedure,
            @RequestParam(defaultValue = "") String procedureNote,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return steps.run(
                caseNo,
                "specialStarted",
                () -> client.act(
                        caseNo, "special-procedure", Map.of("procedure", procedure, "note", procedureNote.strip())),
                Map.of(
                        "procedure", CaseSteps.Field.of("procedure"),
                        "note", CaseSteps.Field.of("procedureNote")),
                "procedure",
                Map.of("procedure", procedure, "procedureNote", procedureNote),
                model,
                response,
                redirect);
    }

    @PostMapping(CasePaths.CASE + "/special-procedure/end")
    Object endSpecial(
            @PathVariable String caseNo, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return steps.run(
                caseNo,
                "specialEnded",
                () -> client.act(caseNo, "special-procedure/end", Map.of()),
                Map.of(),
                "end-special",
                Map.of(),
                model,
                response,
                redirect);
    }
}
