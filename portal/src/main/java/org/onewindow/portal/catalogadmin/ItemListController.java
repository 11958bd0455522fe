package org.onewindow.portal.catalogadmin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** 事项管理: every item, drafts and retired ones too, with its status, version and the way to edit it. */
@Controller
class ItemListController {

    private final CatalogAdminClient catalog;

    ItemListController(CatalogAdminClient catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/workbench/catalog")
    ModelAndView list(@RequestParam(defaultValue = "0") int page) {
        var found = catalog.list(Math.max(0, Math.min(page, 10_000)));
        var view = new ModelAndView("catalogadmin/list");
        view.addObject("items", found);
        return view;
    }
}
