package org.onewindow.portal.catalogadmin;

import java.util.List;
import org.onewindow.portal.applications.ApiRefusedException;
import org.onewindow.portal.publicapi.ErrorSummary;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Publishing the draft as the next version, and retiring an item after a page that asks to confirm
 * it and why. Each ends on another page (post, redirect, get) with a green confirmation.
 */
@Controller
class PublishingController {

    private static final int REASON_MAX = 500;

    private final CatalogAdminClient catalog;
    private final EditorProblems problems;
    private final EditorPage pages;
    private final MessageSource messages;

    PublishingController(
            CatalogAdminClient catalog, EditorProblems problems, EditorPage pages, MessageSource messages) {
        this.catalog = catalog;
        this.problems = problems;
        this.pages = pages;
        this.messages = messages;
    }

    @PostMapping("/workbench/catalog/{code}/publish")
    ModelAndView publish(@PathVariable String code, RedirectAttributes flash) {
        try {
            var version = catalog.publish(code);
            flash.addFlashAttribute("published", version.version());
            return new ModelAndView("redirect:/workbench/catalog/" + code + "/versions");
        } catch (ApiRefusedException refused) {
            if (refused.status() != HttpStatus.BAD_REQUEST.value()) {
                throw refused;
            }
            // the draft is not valid yet (or there is none): the editor shows why, every problem at once
            var draft = catalog.draft(code);
            var guide = draft.draft() != null
                    ? draft.draft()
                    : catalog.version(code, draft.currentVersion()).guide();
            var form = GuideJson.form(guide, draft.revision());
            var shown = problems.of(form, List.of(), refused.problem());
            return pages.of(form, draft, shown.summary(), shown.beside(), HttpStatus.UNPROCESSABLE_CONTENT);
        }
    }

    @GetMapping("/workbench/catalog/{code}/retire")
    ModelAndView confirmRetire(@PathVariable String code) {
        return retirePage(catalog.draft(code), "", false, HttpStatus.OK);
    }

    @PostMapping("/workbench/catalog/{code}/retire")
    ModelAndView retire(
            @PathVariable String code, @RequestParam(defaultValue = "") String reason, RedirectAttributes flash) {
        var text = reason.strip();
        if (text.isEmpty() || text.length() > REASON_MAX) {
            return retirePage(catalog.draft(code), reason, true, HttpStatus.UNPROCESSABLE_CONTENT);
        }
        catalog.retire(code, text);
        flash.addFlashAttribute("retired", code);
        return new ModelAndView("redirect:/workbench/catalog");
    }

    private ModelAndView retirePage(AdminItems.Draft item, String reason, boolean invalid, HttpStatus status) {
        var page = new ModelAndView("catalogadmin/retire", status);
        page.addObject("item", item);
        page.addObject(
                "name",
                item.currentVersion() == null
                        ? item.code()
                        : catalog.version(item.code(), item.currentVersion())
                                .guide()
                                .path("name")
                                .asString());
        page.addObject("reason", reason);
        page.addObject("invalid", invalid);
        page.addObject(
                "summary",
                invalid
                        ? new ErrorSummary(List.of(new ErrorSummary.Entry(
                                "#reason",
                                messages.getMessage(
                                        "catalog-admin.retire.reason.required",
                                        null,
                                        LocaleContextHolder.getLocale()))))
                        : ErrorSummary.none());
        return page;
    }
}
