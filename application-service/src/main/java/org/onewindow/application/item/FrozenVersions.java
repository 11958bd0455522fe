package org.onewindow.application.item;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import org.onewindow.platform.cache.LeastRecentlyUsed;

/**
 * Item versions already read, kept in memory. A published version never changes (catalog only
 * inserts item_version rows), so a version read once is good for ever; without this, every
 * submission read the ~5 KB guide from item_copy and parsed it again (issue 16). The least
 * recently used goes first once there are more than the bound. The guides are shared by every
 * request: nothing may change them.
 */
final class FrozenVersions {

    static final int MAX_VERSIONS = 2_000;

    private final Map<Key, ItemVersion> versions = Collections.synchronizedMap(new LeastRecentlyUsed<>(MAX_VERSIONS));

    Optional<ItemVersion> get(String code, int version) {
        return Optional.ofNullable(versions.get(new Key(code, version)));
    }

    /** Keeps a version as published: whether the item is retired today is not part of it. */
    ItemVersion keep(ItemVersion version) {
        var frozen = new ItemVersion(version.code(), version.version(), false, version.guide());
        versions.put(new Key(version.code(), version.version()), frozen);
        return frozen;
    }

    int size() {
        return versions.size();
    }

    private record Key(String code, int version) {}
}
