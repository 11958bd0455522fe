package org.onewindow.disclosure.guide;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Published guides for the public; retired and confidential items are never shown. */
@RestController
class PublicItemController {

    private final PublicItemService items;

    PublicItemController(PublicItemService items) {
        this.items = items;
    }

    @GetMapping("/api/disclosure/items")
    List<ItemSummary> items(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return items.list(page, size);
    }

    @GetMapping("/api/disclosure/items/{code}")
    JsonNode item(@PathVariable String code) {
        return items.guide(code);
    }
}
