package org.onewindow.application.item;

import org.onewindow.contracts.catalog.ItemGuide;

/**
 * The item version an application is made under: frozen, it never changes.
 *
 * @param retired whether the item is retired today (no new drafts)
 */
public record ItemVersion(String code, int version, boolean retired, ItemGuide guide) {

    public java.util.Optional<ItemGuide.Material> material(String id) {
        return guide.materials().stream().filter(m -> m.id().equals(id)).findFirst();
    }
}
