package org.onewindow.portal.casework;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.onewindow.portal.applications.ApiRefusedException;
import org.onewindow.portal.publicapi.PageLocale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

/**
 * How every step on a case ends: done, back to the case page (303, so a reload sends nothing again)
 * with a green confirmation; refused, the case page again with what she typed, each problem beside
 * its field and all of them in the summary. The API's English is never shown: each field has its own
 * plain words ({@code cases.problem.<field id>}).
 */
@Component
class CaseSteps {

    /** A form field's id and the words that say what it needs. */
    record Field(String id, String messageKey, Object... arguments) {

        static Field of(String id) {
            return new Field(id, "cases.problem." + id);
        }
    }

    private final CaseFilePage page;
    private final MessageSource messages;

    CaseSteps(CaseFilePage page, MessageSource messages) {
        this.page = page;
        this.messages = messages;
    }

    /**
     * @param done the confirmation's key ({@code cases.done.<done>})
     * @param fields the API's field paths → the form's fields
     * @param formId where a problem with no field of its own is shown (the form's first field)
     */
    Object run(
            String caseNo,
            String done,
            Runnable step,
            Map<String, Field> fields,
            String formId,
            Map<String, Object> typed,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            step.run();
        } catch (ApiRefusedException refusal) {
            var problems = new Problems();
            if (refusal.conflict()) {
                problems.add(formId, text("cases.problem.conflict"));
            } else if (refusal.status() == 403) {
                problems.add(formId, text("cases.problem.forbidden"));
            } else {
                for (var error : refusal.problem().errors()) {
                    var field = error.field() == null ? null : fields.get(error.field());
                    if (field != null) {
                        problems.add(field.id(), text(field.messageKey(), field.arguments()));
                    }
                }
                if (!problems.any()) {
                    problems.add(formId, text("cases.problem.other"));
                }
            }
            return refused(caseNo, problems, typed, refusal.conflict(), model, response);
        }
        redirect.addFlashAttribute("done", done);
        return back(caseNo);
    }

    /** Problems the portal finds itself before asking the API (a date that is not a date). */
    String refused(
            String caseNo,
            Problems problems,
            Map<String, Object> typed,
            boolean conflict,
            Model model,
            HttpServletResponse response) {
        response.setStatus(conflict ? HttpStatus.CONFLICT.value() : HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page.render(caseNo, model, problems, typed);
    }

    String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, PageLocale.current());
    }

    static RedirectView back(String caseNo) {
        var back = new RedirectView(CasePaths.of(caseNo), true);
        back.setStatusCode(HttpStatus.SEE_OTHER);
        return back;
    }
}
