package org.onewindow.portal.guide;

import org.onewindow.portal.catalog.CatalogClient;
import org.onewindow.portal.system.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** An item's guide (办事指南), every element in the fixed order, ending in 在线办理. */
@Controller
class GuideController {

    private final CatalogClient catalog;

    GuideController(CatalogClient catalog) {
        this.catalog = catalog;
    }

    // an address that cannot be an item code is a 404 without asking the catalog
    @GetMapping("/items/{code:[0-9A-Za-z]{1,40}}")
    String guide(@PathVariable String code, Model model) {
        var item = catalog.item(code).orElseThrow(() -> new NotFoundException("no published item " + code));
        model.addAttribute("item", item.guide());
        return "guide/item";
    }
}
