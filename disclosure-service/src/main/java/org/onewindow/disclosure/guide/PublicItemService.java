package org.onewindow.disclosure.guide;

import java.util.List;
import org.onewindow.contracts.catalog.ItemPublished;
import org.onewindow.platform.web.ProblemException;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The current version of each published item. Order-safe: an older version arriving late never
 * replaces a newer one, and a retired item never comes back.
 */
@Service
class PublicItemService {

    private final PublicItemStore store;
    private final JsonMapper json;

    PublicItemService(PublicItemStore store, JsonMapper json) {
        this.store = store;
        this.json = json;
    }

    void published(ItemPublished published) {
        store.saveIfNewer(published, json.writeValueAsString(published.guide()));
    }

    void retired(String code) {
        store.retire(code);
    }

    List<ItemSummary> list(int page, int size) {
        int limit = Math.min(Math.max(size, 1), 100);
        return store.shown(limit, Math.max(page, 0) * limit);
    }

    JsonNode guide(String code) {
        return store.shownGuide(code)
                .map(json::readTree)
                .orElseThrow(() -> ProblemException.notFound("no published guide " + code));
    }
}
