package org.onewindow.portal.mycases;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.UUID;
import org.onewindow.portal.applications.ApiRefusedException;
import org.onewindow.portal.applications.ApplicationsClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Handing in materials: a supplement (补正) is every requested material's new file, then the
 * resubmission ({@link SupplementHandIn}, which the counter clerk's 补正收件 uses too); materials accepted with gaps (容缺) are handed in one or several at a time. Files
 * go to the API one by one; if any is refused, nothing is resubmitted and each refusal is shown
 * beside its material.
 */
@Controller
class SupplementController {

    private final ApplicationsClient applications;
    private final CasePage page;
    private final ProblemWords words;
    private final SupplementHandIn handIn;

    SupplementController(ApplicationsClient applications, CasePage page, ProblemWords words, SupplementHandIn handIn) {
        this.applications = applications;
        this.page = page;
        this.words = words;
        this.handIn = handIn;
    }

    @PostMapping("/my/cases/" + CaseController.ID + "/supplement")
    Object supplement(
            @PathVariable UUID id,
            HttpServletRequest request,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var application = applications.get(id);
        if (!CaseActions.of(application).supplement()) {
            return CaseRedirects.conflict(applications, page, id, "supplement", model, locale, response);
        }
        var requested = RequestedMaterial.forSupplement(application, page.materials(application));
        var errors = new FormErrors();
        SupplementHandIn.Sink problems =
                (item, message) -> errors.add(item == null ? "supplement-form" : item.inputId(), message);
        try {
            if (!handIn.upload(id, requested, request, problems, locale)
                    || !handIn.resubmit(id, requested, problems, locale)) {
                return CaseRedirects.withErrors(applications, page, id, errors, model, locale, response);
            }
        } catch (ApiRefusedException conflict) {
            return CaseRedirects.conflict(applications, page, id, "supplement", model, locale, response);
        }
        redirect.addFlashAttribute("done", "supplemented");
        return CaseRedirects.toCase(id);
    }

    @PostMapping("/my/cases/" + CaseController.ID + "/gap-materials")
    Object gapMaterials(
            @PathVariable UUID id,
            HttpServletRequest request,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var application = applications.get(id);
        if (!CaseActions.of(application).gapMaterials()) {
            return CaseRedirects.conflict(applications, page, id, "gap", model, locale, response);
        }
        var owed = RequestedMaterial.forGap(application, page.materials(application));
        var errors = new FormErrors();
        int handedIn = 0;
        for (var item : owed) {
            var file = SupplementHandIn.file(request, item.partName());
            if (file == null) {
                continue;
            }
            try {
                applications.upload(id, item.materialId(), file);
                handedIn++;
            } catch (ApiRefusedException refusal) {
                if (refusal.conflict()) {
                    return CaseRedirects.conflict(applications, page, id, "gap", model, locale, response);
                }
                words.upload(refusal, item, (material, message) -> errors.add(material.inputId(), message), locale);
            }
        }
        if (handedIn == 0 && !errors.any() && !owed.isEmpty()) {
            errors.add(owed.get(0).inputId(), words.text("problem.gap.none", locale));
        }
        if (errors.any()) {
            return CaseRedirects.withErrors(applications, page, id, errors, model, locale, response);
        }
        redirect.addFlashAttribute("done", "gapProvided");
        return CaseRedirects.toCase(id);
    }
}
