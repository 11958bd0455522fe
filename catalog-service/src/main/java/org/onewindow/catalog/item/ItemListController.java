package org.onewindow.catalog.item;

import java.util.List;
import java.util.Locale;
import org.onewindow.platform.web.FieldProblem;
import org.onewindow.platform.web.ProblemException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The catalog admin's list of every item, drafts and retired ones too (the public search knows
 * only published items). {@code GET /api/catalog/items?status=} (empty: every status) is the
 * admin's; without {@code status} the same path is the public search.
 */
@RestController
class ItemListController {

    private static final int DEFAULT_SIZE = 50;

    private final ItemStore store;

    ItemListController(ItemStore store) {
        this.store = store;
    }

    @GetMapping(path = "/api/catalog/items", params = "status")
    ItemList list(
            @RequestParam String status,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        var wanted = statusOf(status);
        int pageNumber = page == null ? 0 : page;
        int pageSize = size == null ? DEFAULT_SIZE : size;
        return store.list(wanted, pageNumber, pageSize);
    }

    private static ItemStatus statusOf(String status) {
        if (status.isBlank()) {
            return null;
        }
        try {
            return ItemStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.validation(List.of(new FieldProblem(
                    "status", "invalid-value", "status is DRAFT, PUBLISHED or RETIRED, or empty for every item")));
        }
    }
}
