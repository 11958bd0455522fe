package org.onewindow.portal.complaint;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Map;
import org.onewindow.portal.publicapi.ErrorSummary;
import org.onewindow.portal.publicapi.FormProblems;
import org.onewindow.portal.system.Htmx;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * 投诉举报: anyone files a complaint or a report and gets a ticket number and a query code; with
 * both, they read where it stands and the answer.
 *
 * <p>Both answers are rendered in reply to the POST, not behind a redirect. The query code is
 * shown exactly once and must never travel in an address (logs, history, Referer); an anonymous
 * visitor has no session to carry it across a redirect. The browser asks before sending a form
 * again, and the gateway allows one filing a minute besides.
 */
@Controller
@RequestMapping("/complaints")
class ComplaintController {

    /** The API's field paths → this form's fields. */
    static final Map<String, String> API_FIELDS = Map.of(
            "kind", "kind",
            "subject", "subject",
            "content", "content",
            "department", "department",
            "caseNo", "caseNo",
            "contact", "contactPhone",
            "contact.name", "contactName",
            "contact.phone", "contactPhone");

    private final ComplaintClient client;
    private final MessageSource messages;

    ComplaintController(ComplaintClient client, MessageSource messages) {
        this.client = client;
        this.messages = messages;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("complaint", ComplaintForm.blank());
        return form(model, ErrorSummary.none());
    }

    @PostMapping
    String file(
            @Valid @ModelAttribute("complaint") ComplaintForm complaint,
            BindingResult errors,
            Model model,
            HttpServletResponse response) {
        if (!errors.hasErrors()) {
            var answer = client.file(complaint.toRequest());
            if (answer.ok()) {
                model.addAttribute("filed", answer.body());
                return "complaint/filed";
            }
            if (answer.tooMany()) {
                response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
                errors.reject("complaint.tooMany");
            } else {
                FormProblems.reject(errors, answer.problem(), API_FIELDS);
            }
        }
        return form(model, ErrorSummary.of(errors, ComplaintForm.FIELDS, messages));
    }

    @GetMapping("/status")
    String statusForm(Model model) {
        model.addAttribute("ticketLookup", new StatusForm(null, null));
        model.addAttribute("errorSummary", ErrorSummary.none());
        return "complaint/status";
    }

    @PostMapping("/status")
    String status(
            @Valid @ModelAttribute("ticketLookup") StatusForm ticketLookup,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (!errors.hasErrors()) {
            var answer = client.status(ticketLookup.ticketNumber(), ticketLookup.queryCode());
            if (answer.ok()) {
                model.addAttribute("complaintStatus", answer.body());
                model.addAttribute("ticketLookup", new StatusForm(null, null));
            } else if (answer.tooMany()) {
                response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
                errors.reject("public.tooMany");
            } else {
                // an unknown ticket and a wrong code: one answer, as the API gives one
                response.setStatus(HttpStatus.NOT_FOUND.value());
                errors.reject("complaint.status.notFound");
            }
        }
        model.addAttribute("errorSummary", ErrorSummary.of(errors, StatusForm.FIELDS, messages));
        return Htmx.isPartial(request) ? "complaint/status :: lookup" : "complaint/status";
    }

    private static String form(Model model, ErrorSummary summary) {
        model.addAttribute("kinds", ComplaintForm.KINDS);
        model.addAttribute("departments", ComplaintForm.DEPARTMENTS);
        model.addAttribute("errorSummary", summary);
        return "complaint/form";
    }
}
