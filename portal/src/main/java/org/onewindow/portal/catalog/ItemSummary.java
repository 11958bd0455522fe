package org.onewindow.portal.catalog;

import java.util.List;

/** One search hit, as GET /api/catalog/items lists it (the portal's own copy of the fields it shows). */
public record ItemSummary(
        String code,
        String name,
        String type,
        String department,
        List<String> serviceObjects,
        int onlineDepth,
        int promisedLimitDays) {

    public ItemSummary {
        serviceObjects = serviceObjects == null ? List.of() : List.copyOf(serviceObjects);
    }
}
