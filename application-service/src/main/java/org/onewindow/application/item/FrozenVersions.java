package org.onewindow.application.item;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Item versions already read, kept in memory. A published version never changes, so a version
 * read once is good for ever; without this, every submission read the ~5 KB guide from
 * item_copy and parsed it again (issue 16). Bounded: a flood of versions starts it over.
 */
final class FrozenVersions {

    static final int MAX_VERSIONS = 2_000;

    private final ConcurrentHashMap<Key, ItemVersion> versions = new ConcurrentHashMap<>();

    Optional<ItemVersion> get(String code, int version) {
        return Optional.ofNullable(versions.get(new Key(code, version)));
    }

    /** Keeps a version as published: whether the item is retired today is not part of it. */
    ItemVersion keep(ItemVersion version) {
        if (versions.size() >= MAX_VERSIONS) {
            versions.clear();
        }
        var frozen = new ItemVersion(version.code(), version.version(), false, version.guide());
        versions.put(new Key(version.code(), version.version()), frozen);
        return frozen;
    }

    int size() {
        return versions.size();
    }

    private record Key(String code, int version) {}
}
