package org.onewindow.portal.progress;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.onewindow.portal.publicapi.Answer;
import org.onewindow.portal.publicapi.ErrorSummary;
import org.onewindow.portal.publicapi.FormProblems;
import org.onewindow.portal.system.Htmx;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

/**
 * 办件查询 for a counter or provincial case: the case number and query code from the receipt, then
 * where the case stands, every change, and the rating once it is completed.
 *
 * <p>The code is sent by POST and the result is the answer to that POST, not a redirect: a code in
 * an address would land in access logs, browser history and Referer headers, and keeping it for a
 * redirect would need a server-side session that an anonymous visitor does not have. Reloading the
 * result only looks the case up again (the browser asks first); there is nothing to do twice.
 */
@Controller
@RequestMapping("/progress")
class ProgressController {

    static final List<String> LOOKUP_FIELDS = List.of("caseNo", "code");
    static final List<String> RATING_FIELDS = List.of("level", "comment");

    private final ProgressClient client;
    private final MessageSource messages;

    ProgressController(ProgressClient client, MessageSource messages) {
        this.client = client;
        this.messages = messages;
    }

    /** The empty form; {@code ?caseNo=} fills in the number (a receipt may link here), never the code. */
    @GetMapping
    String form(@RequestParam(required = false) String caseNo, Model model) {
        var known = caseNo != null && caseNo.matches("[0-9A-Za-z]{20,60}") ? LookupForm.normalised(caseNo) : null;
        model.addAttribute("lookup", new LookupForm(known, null));
        model.addAttribute("errorSummary", ErrorSummary.none());
        return "progress/page";
    }

    @PostMapping
    String lookup(
            @Valid @ModelAttribute("lookup") LookupForm lookup,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (!errors.hasErrors()) {
            var answer = client.progress(lookup.caseNumber(), lookup.queryCode());
            if (answer.ok()) {
                show(model, answer.body(), RatingForm.of(lookup.caseNumber(), lookup.queryCode()));
                model.addAttribute("lookup", new LookupForm(null, null));
            } else {
                refuse(errors, answer, response);
            }
        }
        model.addAttribute("errorSummary", ErrorSummary.of(errors, LOOKUP_FIELDS, messages));
        return Htmx.isPartial(request) ? "progress/page :: progress" : "progress/page";
    }

    @PostMapping("/rating")
    Object rate(
            @Valid @ModelAttribute("rating") RatingForm rating,
            BindingResult errors,
            Model model,
            HttpServletResponse response) {
        if (!errors.hasErrors()) {
            var answer = client.rate(rating.caseNo(), rating.code(), rating.levelNumber(), rating.commentOrNull());
            if (answer.ok()) {
                var thanks = new RedirectView("/progress/rated", true);
                thanks.setStatusCode(HttpStatus.SEE_OTHER);
                return thanks;
            }
            if (answer.refused()) {
                FormProblems.reject(errors, answer.problem(), Map.of("level", "level", "comment", "comment"));
            } else if (answer.conflict()) {
                errors.reject("progress.rating.conflict");
            } else {
                // a wrong code or too many tries: back to the lookup, with the same plain words
                return lookupAgain(errors, answer, model, response);
            }
        }
        // show the case again beside the problems with the rating
        var again = client.progress(rating.caseNo(), rating.code());
        if (!again.ok()) {
            return lookupAgain(errors, again, model, response);
        }
        show(model, again.body(), rating);
        model.addAttribute("lookup", new LookupForm(null, null));
        model.addAttribute("errorSummary", ErrorSummary.of(errors, RATING_FIELDS, messages));
        return "progress/page";
    }

    @GetMapping("/rated")
    String rated() {
        return "progress/rated";
    }

    private static void show(Model model, PublicProgress progress, RatingForm rating) {
        model.addAttribute("progress", ProgressView.of(progress));
        model.addAttribute("rating", rating);
        model.addAttribute("levels", RatingForm.LEVELS);
    }

    private String lookupAgain(
            BindingResult ratingErrors, Answer<?> answer, Model model, HttpServletResponse response) {
        var rating = (RatingForm) ratingErrors.getTarget();
        var lookup = new LookupForm(rating == null ? null : rating.caseNo(), null);
        var errors = new BeanPropertyBindingResult(lookup, "lookup");
        refuse(errors, answer, response);
        model.addAttribute("lookup", lookup);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "lookup", errors);
        model.addAttribute("errorSummary", ErrorSummary.of(errors, LOOKUP_FIELDS, messages));
        return "progress/page";
    }

    /** One plain message for an unknown case and a wrong code alike: the API does not tell them apart either. */
    private static void refuse(BindingResult errors, Answer<?> answer, HttpServletResponse response) {
        if (answer.tooMany()) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            errors.reject("progress.tooMany");
        } else {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            errors.reject("progress.notFound");
        }
    }
}
