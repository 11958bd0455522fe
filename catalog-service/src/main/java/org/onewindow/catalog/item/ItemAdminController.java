package org.onewindow.catalog.item;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.onewindow.platform.web.FieldProblem;
import org.onewindow.platform.web.ProblemException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The catalog admin's side of items: drafts, publication, retirement (API.md, catalog-service). */
@RestController
@RequestMapping("/api/catalog/items")
class ItemAdminController {

    private final ItemDrafts drafts;
    private final ItemPublishing publishing;

    ItemAdminController(ItemDrafts drafts, ItemPublishing publishing) {
        this.drafts = drafts;
        this.publishing = publishing;
    }

    record RetireRequest(@NotBlank @Size(max = 500) String reason) {}

    @PostMapping
    ResponseEntity<ItemDraft> create(@RequestBody ItemDefinition item) {
        var draft = drafts.create(item);
        return ResponseEntity.created(URI.create("/api/catalog/items/" + draft.code() + "/draft"))
                .eTag(String.valueOf(draft.revision()))
                .body(draft);
    }

    @GetMapping("/{code}/draft")
    ResponseEntity<ItemDraft> draft(@PathVariable String code) {
        var draft = drafts.draftOf(code);
        return ResponseEntity.ok().eTag(String.valueOf(draft.revision())).body(draft);
    }

    @PutMapping("/{code}/draft")
    ResponseEntity<ItemDraft> edit(
            @PathVariable String code,
            @RequestBody ItemDefinition item,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        var draft = drafts.edit(code, item, revisionOf(ifMatch));
        return ResponseEntity.ok().eTag(String.valueOf(draft.revision())).body(draft);
    }

    @PostMapping("/{code}/publish")
    ResponseEntity<PublishedVersion> publish(@PathVariable String code) {
        var version = publishing.publish(code);
        return ResponseEntity.created(URI.create("/api/catalog/items/" + code + "/versions/" + version.version()))
                .body(version);
    }

    @PostMapping("/{code}/retire")
    ResponseEntity<Void> retire(@PathVariable String code, @Valid @RequestBody RetireRequest request) {
        publishing.retire(code, request.reason());
        return ResponseEntity.noContent().build();
    }

    private static Integer revisionOf(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(ifMatch.replace("W/", "").replace("\"", "").strip());
        } catch (NumberFormatException e) {
            throw ProblemException.validation(java.util.List.of(
                    new FieldProblem("If-Match", "invalid", "If-Match names a draft revision, e.g. \"3\"")));
        }
    }
}
