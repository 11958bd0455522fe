package org.onewindow.catalog.search;

import java.util.List;

/** One search hit: enough to list the item and open its guide. */
record ItemSummary(
        String code,
        String name,
        String type,
        String department,
        List<String> serviceObjects,
        int onlineDepth,
        int promisedLimitDays,
        int version) {}
