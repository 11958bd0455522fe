package org.onewindow.portal.catalogadmin;

import org.onewindow.portal.applications.ApiRefusedException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The item editor: a new item, or the draft of an existing one (started from the published
 * version when there is no draft). One form posts every action: save, preview the citizens' form,
 * add or remove a row; only save calls the API, and nothing typed is lost whatever the answer.
 */
@Controller
class EditorController {

    private final CatalogAdminClient catalog;
    private final EditorPage pages;
    private final EditorProblems problems;

    EditorController(CatalogAdminClient catalog, EditorPage pages, EditorProblems problems) {
        this.catalog = catalog;
        this.pages = pages;
        this.problems = problems;
    }

    @GetMapping("/workbench/catalog/new")
    ModelAndView blank() {
        return pages.of(GuideForm.blank(), null);
    }

    @GetMapping("/workbench/catalog/{code}/draft")
    ModelAndView edit(@PathVariable String code) {
        var draft = catalog.draft(code);
        if (draft.retired()) {
            return new ModelAndView("redirect:/workbench/catalog/" + code + "/versions");
        }
        var guide = draft.draft() != null
                ? draft.draft()
                : catalog.version(code, draft.currentVersion()).guide();
        return pages.of(GuideJson.form(guide, draft.revision()), draft);
    }

    @PostMapping("/workbench/catalog/new")
    ModelAndView create(
            @ModelAttribute GuideForm form,
            @RequestParam(defaultValue = "save") String action,
            RedirectAttributes flash) {
        return act(form, action, null, flash);
    }

    @PostMapping("/workbench/catalog/{code}/draft")
    ModelAndView save(
            @PathVariable String code,
            @ModelAttribute GuideForm form,
            @RequestParam(defaultValue = "save") String action,
            RedirectAttributes flash) {
        return act(form, action, catalog.draft(code), flash);
    }

    @PostMapping("/workbench/catalog/preview")
    ModelAndView preview(@RequestParam(defaultValue = "") String formSchema) {
        return pages.preview(formSchema);
    }

    private ModelAndView act(GuideForm form, String action, AdminItems.Draft item, RedirectAttributes flash) {
        var rows = RowAction.parse(action);
        if (rows != null) {
            var changed = rows.add() ? form.withRowAdded(rows.list()) : form.withRowRemoved(rows.list(), rows.index());
            return pages.of(changed, item);
        }
        if (!"save".equals(action)) {
            return pages.of(form, item);
        }
        var converted = GuideJson.json(form);
        AdminItems.Draft saved;
        try {
            saved = form.isNew()
                    ? catalog.create(converted.guide())
                    : catalog.save(item.code(), converted.guide(), revision(form));
        } catch (ApiRefusedException refused) {
            if (refused.status() != HttpStatus.BAD_REQUEST.value()
                    && refused.status() != HttpStatus.UNPROCESSABLE_CONTENT.value()
                    && refused.status() != HttpStatus.PRECONDITION_FAILED.value()
                    && !refused.conflict()) {
                throw refused;
            }
            // someone saved in between: the next save, on purpose, replaces theirs with this text
            var kept = refused.status() == HttpStatus.PRECONDITION_FAILED.value() && item != null
                    ? form.withRevision(catalog.draft(item.code()).revision())
                    : form;
            var shown = problems.of(kept, converted.problems(), refused.problem());
            return pages.of(kept, item, shown.summary(), shown.beside(), HttpStatus.UNPROCESSABLE_CONTENT);
        }
        flash.addFlashAttribute("done", form.isNew() ? "created" : "saved");
        return new ModelAndView("redirect:/workbench/catalog/" + saved.code() + "/draft");
    }

    private static Integer revision(GuideForm form) {
        try {
            return Integer.valueOf(form.revision().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** "add-materials" or "remove-steps-2": a row more or less, nothing sent. */
    record RowAction(boolean add, String list, int index) {

        static RowAction parse(String action) {
            var parts = action.split("-");
            if (parts.length < 2 || !GuideForm.ROW_LISTS.contains(parts[1])) {
                return null;
            }
            if ("add".equals(parts[0]) && parts.length == 2) {
                return new RowAction(true, parts[1], -1);
            }
            if ("remove".equals(parts[0]) && parts.length == 3 && parts[2].matches("\\d{1,3}")) {
                return new RowAction(false, parts[1], Integer.parseInt(parts[2]));
            }
            return null;
        }
    }
}
