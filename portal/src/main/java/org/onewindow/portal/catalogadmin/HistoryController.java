package org.onewindow.portal.catalogadmin;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** An item's published versions, and what changed between any two of them. */
@Controller
class HistoryController {

    private final CatalogAdminClient catalog;
    private final GuideValues values;

    HistoryController(CatalogAdminClient catalog, GuideValues values) {
        this.catalog = catalog;
        this.values = values;
    }

    @GetMapping("/workbench/catalog/{code}/versions")
    ModelAndView versions(@PathVariable String code) {
        var item = catalog.draft(code);
        // an item never published has no history (the API's 404 would say "no such item")
        var versions = item.currentVersion() == null ? List.<AdminItems.VersionLine>of() : catalog.versions(code);
        var page = new ModelAndView("catalogadmin/versions");
        page.addObject("item", item);
        page.addObject("name", nameOf(item));
        var newestFirst = new java.util.ArrayList<>(versions);
        java.util.Collections.reverse(newestFirst);
        page.addObject("versions", newestFirst);
        return page;
    }

    @GetMapping("/workbench/catalog/{code}/diff")
    ModelAndView diff(@PathVariable String code, @RequestParam int from, @RequestParam int to) {
        var before = catalog.version(code, from);
        var after = catalog.version(code, to);
        var page = new ModelAndView("catalogadmin/diff");
        page.addObject("code", code);
        page.addObject("name", after.guide().path("name").asString());
        page.addObject("from", before);
        page.addObject("to", after);
        page.addObject("changes", new GuideDiff(values::label).between(before.guide(), after.guide()));
        return page;
    }

    private String nameOf(AdminItems.Draft item) {
        if (item.draft() != null) {
            return item.draft().path("name").asString();
        }
        return item.currentVersion() == null
                ? item.code()
                : catalog.version(item.code(), item.currentVersion())
                        .guide()
                        .path("name")
                        .asString();
    }
}
