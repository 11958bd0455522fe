package org.onewindow.disclosure.guide;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
    List<ItemSummary> items(
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return items.list(page, size);
    }

    @GetMapping("/api/disclosure/items/{code}")
    JsonNode item(@PathVariable String code) {
        return items.guide(code);
    }
}
