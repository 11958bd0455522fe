package org.onewindow.catalog.item;

import java.util.List;
import org.onewindow.catalog.system.Audience;
import org.onewindow.platform.web.ProblemException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public side of items: the current version with every guide element, and the history.
 * Confidential items are read by staff only (Audience).
 */
@RestController
@RequestMapping("/api/catalog/items")
class ItemController {

    private final ItemStore store;

    ItemController(ItemStore store) {
        this.store = store;
    }

    @GetMapping("/{code}")
    PublishedVersion current(@PathVariable String code) {
        // a confidential item is, to the public, the same 404 as an unknown code
        return store.findDraft(code)
                .filter(found -> found.currentVersion() != null)
                .flatMap(found -> store.findVersion(code, found.currentVersion(), Audience.current()))
                .orElseThrow(() -> ProblemException.notFound("no published item " + code));
    }

    @GetMapping("/{code}/versions")
    List<VersionSummary> versions(@PathVariable String code) {
        var versions = store.versionsOf(code, Audience.current());
        if (versions.isEmpty()) {
            throw ProblemException.notFound("no published item " + code);
        }
        return versions;
    }

    @GetMapping("/{code}/versions/{version}")
    PublishedVersion version(@PathVariable String code, @PathVariable int version) {
        return store.findVersion(code, version, Audience.current())
                .orElseThrow(() -> ProblemException.notFound("item " + code + " has no version " + version));
    }
}
