package org.onewindow.application.item;

import feign.FeignException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Where application-service gets item versions: from catalog-service when it answers (and keeps a
 * copy), from its own copy (fed by ItemPublished) when it does not. A version, once published,
 * never changes, so the copy of a known version is as good as the original.
 */
@Service
public class ItemVersions {

    private static final Logger log = LoggerFactory.getLogger(ItemVersions.class);

    private final CatalogClient catalog;
    private final ItemCopies copies;
    private final FrozenVersions frozen = new FrozenVersions();

    ItemVersions(CatalogClient catalog, ItemCopies copies) {
        this.catalog = catalog;
        this.copies = copies;
    }

    /** The current published version, or empty for an unknown item. */
    public Optional<ItemVersion> current(String code) {
        try {
            var item = catalog.current(code);
            copies.save(item.code(), item.version(), item.guide());
            copies.makeCurrent(item.code(), item.version(), "RETIRED".equals(item.status()));
            return Optional.of(
                    new ItemVersion(item.code(), item.version(), "RETIRED".equals(item.status()), item.guide()));
        } catch (FeignException.NotFound e) {
            return copies.current(code);
        } catch (RuntimeException e) {
            log.warn(
                    "catalog-service unavailable ({}); using the local copy of {}",
                    e.getClass().getSimpleName(),
                    code);
            return copies.current(code);
        }
    }

    /** A given version: from memory or the local copy first, since versions never change. */
    public Optional<ItemVersion> version(String code, int version) {
        var known = frozen.get(code, version);
        if (known.isPresent()) {
            return known;
        }
        var copy = copies.version(code, version);
        if (copy.isPresent()) {
            return copy.map(frozen::keep);
        }
        try {
            var item = catalog.version(code, version);
            copies.save(code, version, item.guide());
            return Optional.of(frozen.keep(new ItemVersion(code, version, false, item.guide())));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
