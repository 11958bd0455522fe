package org.onewindow.catalog.search;

import jakarta.validation.Valid;
import org.onewindow.catalog.system.Audience;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

/** Public search over published items (API.md: GET /api/catalog/items?q=&type=&department=&page=&size=). */
@RestController
class SearchController {

    private final ItemSearch search;

    SearchController(ItemSearch search) {
        this.search = search;
    }

    @GetMapping("/api/catalog/items")
    SearchPage search(@Valid @ModelAttribute SearchQuery query) {
        return search.search(query, Audience.current());
    }
}
