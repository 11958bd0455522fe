package org.onewindow.catalog.item;

import java.net.URI;
import org.onewindow.platform.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The catalog admin's side of items: drafts (API.md, catalog-service). */
@RestController
@RequestMapping("/api/catalog/items")
class ItemController {

    private final ItemDrafts drafts;

    ItemController(ItemDrafts drafts) {
        this.drafts = drafts;
    }

    @PostMapping
    ResponseEntity<ItemDraft> create(@RequestBody ItemDefinition item, Authentication authentication) {
        var draft = drafts.create(item, Caller.from(authentication));
        return ResponseEntity.created(URI.create("/api/catalog/items/" + draft.code() + "/draft"))
                .body(draft);
    }

    @GetMapping("/{code}/draft")
    ItemDraft draft(@PathVariable String code) {
        return drafts.draftOf(code);
    }
}
