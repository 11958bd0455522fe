package org.onewindow.contracts;

import java.util.List;
import java.util.Optional;
import org.onewindow.contracts.catalog.ItemPublished;
import org.onewindow.contracts.catalog.ItemRetired;

/** Every event type OneWindow publishes, with its topic. */
public final class EventTypes {

    public static final EventType<ItemPublished> ITEM_PUBLISHED =
            new EventType<>("ItemPublished", 1, Topics.CATALOG_ITEM, ItemPublished.class);

    public static final EventType<ItemRetired> ITEM_RETIRED =
            new EventType<>("ItemRetired", 1, Topics.CATALOG_ITEM, ItemRetired.class);

    private static final List<EventType<?>> ALL = List.of(ITEM_PUBLISHED, ITEM_RETIRED);

    private EventTypes() {}

    public static List<EventType<?>> all() {
        return ALL;
    }

    public static Optional<EventType<?>> find(String name, int version) {
        return ALL.stream()
                .filter(t -> t.name().equals(name) && t.version() == version)
                .findFirst();
    }
}
